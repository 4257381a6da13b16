package io.ariflow.app.flowtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The runner's fixtures in {@code src/test/resources/flowtest}: flows, passing and failing test files,
 * and bad test files next to their exact errors. Paths are relative to the module, as surefire runs.
 */
final class Fixtures {
  static final Path ROOT = Path.of("src", "test", "resources", "flowtest");
  static final Path PASS = ROOT.resolve("pass").resolve("front-desk.test.yaml");
  static final Path FAIL = ROOT.resolve("fail").resolve("mismatches.test.yaml");
  static final Path BAD = ROOT.resolve("bad");

  private Fixtures() {
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    return text(file).lines().filter(line -> !line.isBlank()).toList();
  }
}
