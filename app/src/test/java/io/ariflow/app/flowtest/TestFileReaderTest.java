package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.sim.script.CallAction;
import io.ariflow.sim.script.CallEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a test file reads: shared parts under each case's own, scripts, stubs and expectations as written. */
class TestFileReaderTest {

  private static final Path FILE = Path.of("dir", "x.test.yaml");

  private static TestFileRead read(String yaml) {
    return TestFileReader.read(FILE, yaml);
  }

  @Test
  void theFixtureReadsWithoutProblems() {
    TestFileRead read = TestFileReader.read(Fixtures.PASS);

    assertEquals(List.of(), read.problems());
    assertEquals(5, read.file().cases().size());
    assertEquals(List.of(Fixtures.PASS.getParent().resolve("../flows").normalize()), read.file().flows());
  }

  @Test
  void aCaseCallerOverridesTheFileCallerFieldByFieldAndAddsArguments() {
    TestFileRead read = read("""
        caller: {number: "100", name: Ann, flow: main, args: {lang: fr}}
        cases:
          - name: one
            caller: {number: "200", args: {vip: "yes"}}
        """);

    CallerSpec caller = read.file().cases().get(0).caller();
    assertEquals(List.of(), read.problems());
    assertEquals("200", caller.number());
    assertEquals("Ann", caller.name());
    assertEquals("s", caller.extension());
    assertEquals("default", caller.context());
    assertEquals(List.of("main", "lang=fr", "vip=yes"), caller.stasisArgs());
  }

  @Test
  void theFlowsDefaultToTheTestFilesDirectory() {
    assertEquals(List.of(Path.of("dir")), read("cases: [{caller: {flow: f}}]").file().flows());
  }

  @Test
  void aCasesStubsComeBeforeTheFilesAndItsPartiesReplaceTheFilesOfTheSameName() {
    TestCase test = read("""
        caller: {flow: f}
        http:
          - request: https://crm/*
        parties: {"104": busy, "105": answer}
        cases:
          - http:
              - request: POST https://crm/a
                status: 201
                json: {ok: true}
                delay: 2s
            parties: {"104": {answer-after: 3s, talk: 1m}}
        """).file().cases().get(0);

    assertEquals(List.of("POST https://crm/a", "https://crm/*"), test.http().stream().map(HttpStub::toString).toList());
    HttpStub first = test.http().get(0);
    assertEquals(201, first.status());
    assertEquals("{\"ok\":true}", first.body());
    assertEquals(Map.of("content-type", "application/json"), first.headers());
    assertEquals(Duration.ofSeconds(2), first.delay());
    assertEquals(new PartyBehaviour.Answers(Duration.ofSeconds(3), Optional.of(Duration.ofMinutes(1))),
        test.parties().get(0).behaviour());
    assertInstanceOf(PartyBehaviour.Answers.class, test.parties().get(1).behaviour());
  }

  @Test
  void scriptStepsWaitForAnEventOrAPromptThenADelay() {
    List<CallerStep> script = read("""
        cases:
          - caller: {flow: f}
            script:
              - prompt: main-menu
                after: 1500ms
                do: press 12#
              - on: answered
                do: hangup
              - after: 2s
                do: talk 3s
        """).file().cases().get(0).script();

    assertEquals(new Trigger.OnPrompt("sound:main-menu"), script.get(0).trigger().orElseThrow());
    assertEquals(Duration.ofMillis(1500), script.get(0).after());
    assertEquals(CallAction.press("12#"), script.get(0).action());
    assertEquals(new Trigger.OnEvent(CallEvent.ANSWERED), script.get(1).trigger().orElseThrow());
    assertTrue(script.get(2).trigger().isEmpty());
    assertEquals("after 2s talk 3s", script.get(2).toString());
  }

  @Test
  void expectationsReadAsWritten() {
    TestCase test = read("""
        cases:
          - caller: {flow: f}
            at: 2026-11-23T09:30:00+01:00
            limit: 2m
            expect:
              path: [a, b]
              prompts: {contains: [hello-world, "digits:42"]}
              variables: {tier: gold, count: 2, gone: null}
              outcome: {failed: timeout}
              timeline: menu
        """).file().cases().get(0);

    Expectations expect = test.expect();
    assertTrue(expect.path().orElseThrow().exact());
    assertFalse(expect.prompts().orElseThrow().exact());
    assertEquals(List.of("sound:hello-world", "digits:42"), expect.prompts().orElseThrow().items());
    assertEquals("gold", expect.variables().get("tier"));
    assertTrue(expect.variables().containsKey("gone"));
    assertEquals(OutcomeKind.FAILED, expect.outcome().orElseThrow().kind());
    assertEquals(Optional.of("timeout"), expect.outcome().orElseThrow().detail());
    assertEquals(List.of("menu"), expect.timeline());
    assertEquals(Instant.parse("2026-11-23T08:30:00Z"), test.startTime().orElseThrow());
    assertEquals(Duration.ofMinutes(2), test.limit());
  }

  @Test
  void aCaseWithoutAFlowIsAnErrorThatSaysWhereToWriteIt() {
    TestFileRead read = read("cases:\n  - name: lost\n");

    assertEquals(List.of("dir/x.test.yaml:2:5: error: the case 'lost' names no flow: write caller: {flow: <flow id>} "
        + "in the case, or once at the top of the file"), read.problems().stream().map(p -> p.format()).toList());
  }

  @Test
  void moreThanOneDocumentIsAnError() {
    TestFileRead read = read("cases: [{caller: {flow: f}}]\n---\ncases: []\n");

    assertTrue(read.hasErrors());
    assertTrue(read.problems().get(0).message().startsWith("a test file holds one document"));
  }
}
