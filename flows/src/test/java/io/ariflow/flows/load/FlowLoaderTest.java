package io.ariflow.flows.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.spec.FlowSpec;
import io.ariflow.flows.spec.HttpSpec;
import io.ariflow.flows.spec.MediaScheme;
import io.ariflow.flows.spec.MenuSpec;
import io.ariflow.flows.spec.PlaySpec;
import io.ariflow.flows.spec.RecordSpec;
import io.ariflow.flows.spec.TerminateOn;
import io.ariflow.flows.spec.ValueSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowLoaderTest {

  private static final String PLAY = """
      flow: %s
      start: greet
      steps:
        greet:
          type: play
          media: [sound:%s]
          next: bye
        bye:
          type: hangup
      """;

  @TempDir
  Path dir;

  private static LoadResult loadText(String yaml) {
    return new FlowLoader().loadTexts(Map.of("t.yaml", yaml));
  }

  private static List<String> formatted(LoadResult result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void buildsTypedSpecsFromTheGoodMainIvr() throws Exception {
    LoadResult result = new FlowLoader().load(List.of(GoldenFlowFilesTest.resource("/flows/good")));
    FlowSpec ivr = result.catalog().flow("main-ivr").orElseThrow();

    assertEquals("answer", ivr.start());
    assertEquals(Optional.of("Europe/Paris"), ivr.timezone());
    HttpSpec lookup = (HttpSpec) ivr.steps().get("lookup");
    assertEquals(Duration.ofSeconds(2), lookup.requestTimeout());
    assertEquals(Optional.of("customer"), lookup.into());
    assertEquals("welcome", lookup.targetOf("404").orElseThrow());
    assertEquals(MediaScheme.SOUND, lookup.filler().get(0).scheme());
    MenuSpec menu = (MenuSpec) ivr.steps().get("main-menu");
    assertEquals("operator", menu.targetOf(menu.choiceFor("4").orElseThrow().outcome()).orElseThrow());
    assertTrue(menu.directDial().orElseThrow().matches("7123"));
    RecordSpec voicemail = (RecordSpec) ivr.steps().get("voicemail");
    assertEquals(TerminateOn.HASH, voicemail.terminateOn());
    assertEquals(Optional.of(Duration.ofMinutes(2)), voicemail.maxDuration());
    assertEquals(List.of("answer", "lookup", "remember-tier"), ivr.steps().keySet().stream().limit(3).toList());
  }

  @Test
  void keepsAssignedValuesAsLiteralsTemplatesOrExpressions() {
    LoadResult result = loadText("""
        flow: values
        start: set
        steps:
          set:
            type: set
            values:
              n: 3
              text: "caller ${call.caller.number}"
              sum: =n + 1
            next: bye
          bye:
            type: hangup
        """);
    var values = ((io.ariflow.flows.spec.SetSpec) result.catalog().flow("values").orElseThrow().steps().get("set"))
        .values();
    assertEquals(new ValueSpec.Literal(3L), values.get("n"));
    assertInstanceOf(ValueSpec.Text.class, values.get("text"));
    assertEquals("n + 1", ((ValueSpec.Computed) values.get("sum")).expression().source());
  }

  @Test
  void aFlowWithoutFallbackSaysSoInsteadOfGettingOne() {
    LoadResult result = loadText(PLAY.formatted("plain", "hello-world") + "---\n"
        + PLAY.formatted("careful", "hello-world") + "fallback: {continue: }\n");

    assertEquals(Optional.empty(), result.catalog().flow("plain").orElseThrow().fallback());
    assertEquals(Optional.of(Fallback.continueAfterStasis()), result.catalog().flow("careful").orElseThrow()
        .fallback());
  }

  @Test
  void readsDirectoriesRecursivelyAndSkipsFlowTests() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a.yaml"), PLAY.formatted("a", "hello-world"));
    Files.writeString(dir.resolve("sub/b.yml"), PLAY.formatted("b", "goodbye"));
    Files.writeString(dir.resolve("a.test.yaml"), "not: [a flow");
    Files.writeString(dir.resolve("notes.txt"), "ignored");

    LoadResult result = new FlowLoader().load(List.of(dir));

    assertEquals(List.of(), formatted(result));
    assertEquals(Set.of("a", "b"), result.catalog().flows().keySet());
    assertEquals(2, result.catalog().files().size());
  }

  @Test
  void reportsDuplicateIdsAcrossFilesWithBothPlaces() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), PLAY.formatted("same", "hello-world"));
    Files.writeString(dir.resolve("b.yaml"), PLAY.formatted("same", "goodbye"));

    LoadResult result = new FlowLoader().load(List.of(dir));

    assertEquals(0, result.catalog().size());
    assertEquals(List.of(
        dir.resolve("a.yaml") + ":1:7: error: duplicate flow id 'same' (also at " + dir.resolve("b.yaml")
            + ":1:7): rename one of them",
        dir.resolve("b.yaml") + ":1:7: error: duplicate flow id 'same' (also at " + dir.resolve("a.yaml")
            + ":1:7): rename one of them"), formatted(result));
  }

  @Test
  void readingTheSameFileTwiceLoadsItOnce() throws IOException {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, PLAY.formatted("a", "hello-world"));
    assertEquals(List.of(), formatted(new FlowLoader().load(List.of(file, dir))));
  }

  @Test
  void aFlowWithErrorsStaysOutWhileTheOthersLoad() {
    LoadResult result = loadText(PLAY.formatted("good", "hello-world") + "---\n"
        + PLAY.formatted("bad", "hello-world").replace("type: hangup", "type: hangup\n    next: greet"));
    assertEquals(Set.of("good"), result.catalog().flows().keySet());
    assertTrue(result.hasErrors());
  }

  @Test
  void warningsDoNotKeepAFlowOut() {
    LoadResult result = loadText(PLAY.formatted("w", "no-such-prompt"));
    assertEquals(1, result.warnings().size());
    assertEquals(List.of(), result.errors());
    assertTrue(result.catalog().flow("w").isPresent());
  }

  @Test
  void extraSoundsSilenceTheUnknownPromptWarning() {
    LoadResult result = new FlowLoader(new LoaderOptions(Set.of("acme/welcome"), List.of()))
        .loadTexts(Map.of("t.yaml", PLAY.formatted("w", "acme/welcome")));
    assertEquals(List.of(), formatted(result));
  }

  @Test
  void aMissingPathIsReported() {
    LoadResult result = new FlowLoader().load(List.of(dir.resolve("nope")));
    assertEquals(List.of(dir.resolve("nope") + ":1:1: error: no such file or directory"), formatted(result));
  }

  @Test
  void customStepTypesAreValidatedLikeBuiltInOnes() {
    FlowLoader loader = new FlowLoader(new LoaderOptions(Set.of(), List.of(new FakeSmsStep())));
    LoadResult good = loader.loadTexts(Map.of("t.yaml", """
        flow: sms
        start: send
        steps:
          send:
            type: send-sms
            to: "${call.caller.number}"
            on:
              rejected: bye
            next: bye
          bye:
            type: hangup
        """));
    assertEquals(List.of(), formatted(good));
    var spec = (io.ariflow.flows.spec.CustomSpec) good.catalog().flow("sms").orElseThrow().steps().get("send");
    assertEquals(Map.of("to", "${call.caller.number}"), spec.params());

    LoadResult bad = loader.loadTexts(Map.of("t.yaml", """
        flow: sms
        start: send
        steps:
          send:
            type: send-sms
            text: hi
            on:
              busy: bye
            next: bye
          bye:
            type: hangup
        """));
    assertEquals(List.of(
        "t.yaml:4:3: error: a send-sms step needs 'to' (the number to text)",
        "t.yaml:6:5: error: unknown field 'text' in a send-sms step; did you mean 'next'?"), formatted(bad));
  }

  @Test
  void playMediaMayBeOneStringOrAList() {
    LoadResult result = loadText(PLAY.formatted("one", "hello-world").replace("[sound:hello-world]",
        "\"digits:${call.extension}\""));
    PlaySpec play = (PlaySpec) result.catalog().flow("one").orElseThrow().steps().get("greet");
    assertEquals(MediaScheme.DIGITS, play.media().get(0).scheme());
    assertEquals("digits:${call.extension}", play.media().get(0).source());
  }
}
