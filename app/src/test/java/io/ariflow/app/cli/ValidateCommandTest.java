package io.ariflow.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

  private static final String FLOW = """
      flow: %s
      start: greet
      steps:
        greet:
          type: play
          media: sound:%s
          next: bye
        bye:
          type: hangup
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();

  private int validate(String... args) {
    CommandLine cli = new CommandLine(new ValidateCommand());
    cli.setOut(new PrintWriter(out, true));
    return cli.execute(args);
  }

  private List<String> lines() {
    return out.toString().lines().toList();
  }

  @Test
  void cleanFlowsExitZeroWithASummary() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), FLOW.formatted("a", "hello-world"));
    Files.writeString(dir.resolve("b.yaml"), FLOW.formatted("b", "goodbye"));

    assertEquals(0, validate(dir.toString()));
    assertEquals(List.of("ok: 2 flows valid in 2 files"), lines());
  }

  @Test
  void errorsArePrintedLikeACompilerAndExitOne() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, FLOW.formatted("bad", "hello-world").replace("type: play", "type: paly"));

    assertEquals(1, validate(file.toString()));
    assertEquals(List.of(
        file + ":5:11: error: unknown step type 'paly'; did you mean 'play'?",
        "1 error, 0 warnings; 0 flows valid in 1 file"), lines());
  }

  @Test
  void warningsAloneStillExitZero() throws IOException {
    Path file = dir.resolve("w.yaml");
    Files.writeString(file, FLOW.formatted("w", "acme-welcome"));

    assertEquals(0, validate(file.toString()));
    assertEquals(List.of(
        file + ":6:18: warning: unknown prompt 'sound:acme-welcome': not an English core prompt nor in the extra"
            + " prompt list",
        "0 errors, 1 warning; 1 flow valid in 1 file"), lines());
  }

  @Test
  void ownPromptsFromASoundsFileAreAccepted() throws IOException {
    Files.writeString(dir.resolve("w.yaml"), FLOW.formatted("w", "acme-welcome"));
    Path sounds = Files.writeString(dir.resolve("prompts.txt"), "# our prompts\nacme-welcome\n");

    assertEquals(0, validate("--sounds", sounds.toString(), dir.resolve("w.yaml").toString()));
    assertEquals(List.of("ok: 1 flow valid in 1 file"), lines());
  }

  @Test
  void aMissingPathIsAnError() {
    Path missing = dir.resolve("nope");
    assertEquals(1, validate(missing.toString()));
    assertEquals(missing + ":1:1: error: no such file or directory", lines().get(0));
  }
}
