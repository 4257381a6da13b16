package io.ariflow.flows.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden flow files: every file under {@code flows/good} loads with no problem at all, and every file
 * under {@code flows/bad} produces exactly the problems its {@code .expected} file lists, one per line as
 * {@code line:col: severity: message}. Run with {@code -Dariflow.golden.update=true} to rewrite the expected
 * files after a deliberate message change, then review the diff.
 */
class GoldenFlowFilesTest {

  private static final boolean UPDATE = Boolean.getBoolean("ariflow.golden.update");

  @Test
  void goodFilesLoadTogetherWithoutAnyProblem() throws Exception {
    Path good = resource("/flows/good");
    LoadResult result = new FlowLoader().load(List.of(good));

    assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
    try (Stream<Path> files = Files.list(good)) {
      assertEquals(files.count(), result.catalog().files().size());
    }
    assertTrue(result.catalog().flow("main-ivr").isPresent());
    assertTrue(result.catalog().size() >= 4);
  }

  @TestFactory
  Stream<DynamicTest> eachBadFileReportsExactlyItsExpectedProblems() throws Exception {
    Path bad = resource("/flows/bad");
    List<Path> files;
    try (Stream<Path> list = Files.list(bad)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    LoadResult result = new FlowLoader().load(List.of(file));
    String actual = result.problems().stream().map(GoldenFlowFilesTest::withoutFile)
        .collect(Collectors.joining("\n", "", "\n"));
    Path expectedFile = Path.of(file.toString().replaceAll("\\.yaml$", ".expected"));
    if (UPDATE) {
      Files.writeString(sourceCopy(expectedFile), actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile.getFileName());
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, file.getFileName().toString());
    assertFalse(result.problems().isEmpty(), "a bad file must produce problems");
  }

  private static String withoutFile(Problem problem) {
    return problem.location().line() + ":" + problem.location().column() + ": " + problem.severity().label()
        + ": " + problem.message();
  }

  /** The file in src/test/resources that the test-classes copy came from. */
  private static Path sourceCopy(Path compiled) {
    return Path.of(System.getProperty("basedir", "."), "src/test/resources/flows/bad")
        .resolve(compiled.getFileName());
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(GoldenFlowFilesTest.class.getResource(name).toURI());
  }
}
