package io.ariflow.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ariflow test}: the report on standard output, and exit codes CI can rely on. */
class TestCommandTest {

  private static final Path FIXTURES = Path.of("src", "test", "resources", "flowtest");

  @TempDir
  Path empty;

  private final StringWriter out = new StringWriter();

  private int test(String... args) {
    CommandLine cli = new CommandLine(new TestCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private List<String> lines() {
    return out.toString().lines().toList();
  }

  @Test
  void passingTestsExitZero() {
    assertEquals(0, test(FIXTURES.resolve("pass").toString()));
    assertEquals("ok: 5 cases passed in 1 file", lines().get(lines().size() - 1));
  }

  @Test
  void aFailingCaseExitsOne() {
    assertEquals(1, test(FIXTURES.resolve("fail").toString()));
    assertEquals("FAILED: 8 of 8 cases failed", lines().get(lines().size() - 1));
  }

  @Test
  void aBadTestFileExitsOneWithItsErrors() {
    Path file = FIXTURES.resolve("bad").resolve("syntax.test.yaml");

    assertEquals(1, test(file.toString()));
    assertEquals(List.of(file.toString(), "  " + file + ":6:1: error: YAML syntax: expected ',' or ']', but got "
        + "<stream end> (while parsing a flow sequence started at 5:13)",
        "FAILED: 1 of 1 file has errors and did not run"), lines());
  }

  @Test
  void noTestFileExitsOne() {
    assertEquals(1, test(empty.toString()));
    assertEquals(List.of("FAILED: no test files (*.test.yaml) found"), lines());
  }

  @Test
  void noPathIsAUsageError() {
    assertEquals(2, test());
    assertTrue(out.toString().isEmpty());
  }
}
