package io.ariflow.flows.load;

import io.ariflow.flows.spec.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Finds flow files under the given paths and reads them; flow tests ({@code *.test.yaml}) are skipped. */
final class FlowFiles {

  /**
   * The files found and their texts.
   *
   * @param files the files, sorted within each directory
   * @param texts file name (as given or found) -> text
   */
  record Found(List<Path> files, Map<String, String> texts) {
  }

  private FlowFiles() {
  }

  static Found find(List<Path> paths, Problems problems) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : expand(path, problems)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        }
      }
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path file : files) {
      try {
        texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        problems.error(new Location(file.toString(), 1, 1), "cannot read the file: " + e.getMessage());
      }
    }
    return new Found(files, texts);
  }

  private static List<Path> expand(Path path, Problems problems) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      problems.error(new Location(path.toString(), 1, 1), "no such file or directory");
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).filter(FlowFiles::isFlowFile).sorted().toList();
    } catch (IOException e) {
      problems.error(new Location(path.toString(), 1, 1), "cannot list the directory: " + e.getMessage());
      return List.of();
    }
  }

  private static boolean isFlowFile(Path file) {
    String name = file.getFileName().toString();
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    return yaml && !name.endsWith(".test.yaml") && !name.endsWith(".test.yml");
  }
}
