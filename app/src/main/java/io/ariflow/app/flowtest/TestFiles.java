package io.ariflow.app.flowtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds flow test files: {@code *.test.yaml} (or {@code .test.yml}) under directories, files as given. */
public final class TestFiles {

  private TestFiles() {
  }

  /** The test files of {@code paths}, each directory searched recursively and sorted; blocking. */
  public static List<Path> find(List<Path> paths) {
    List<Path> found = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        found.addAll(under(path));
      } else {
        found.add(path);
      }
    }
    return found.stream().distinct().toList();
  }

  /** Whether {@code file} is named like a flow test. */
  public static boolean isTestFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".test.yaml") || name.endsWith(".test.yml");
  }

  private static List<Path> under(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(TestFiles::isTestFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
