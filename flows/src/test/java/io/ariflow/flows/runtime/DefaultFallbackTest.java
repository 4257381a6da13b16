package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.spec.Fallback;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A flow that declares no {@code fallback:} gets the one its host configured; a declared one comes first. */
class DefaultFallbackTest {

  private static final String FAILING = """
      flow: fragile
      start: tag
      %s
      steps:
        tag:
          type: set-var
          name: TAG
          value: gold
          next: bye
        bye:
          type: hangup
          cause: normal
      """;

  private static FlowHarness failingRun(String fallbackLine, Optional<Fallback> hostDefault) {
    FlowHarness h = FlowHarness.of(FlowHarness.load(FAILING.formatted(fallbackLine)), null,
        RunOptions.defaults().withDefaultFallback(hostDefault), true);
    h.calls.failNext("setVar", FailureKind.SERVER);
    return h.start();
  }

  @Test
  void a_flow_without_fallback_gets_the_hosts_default() {
    FlowHarness h = failingRun("", Optional.of(new Fallback.Hangup("normal")));

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertEquals(Optional.of(new Fallback.Hangup("normal")), failed.fallback());
    assertEquals(List.of("caller-1", "normal"), h.calls.all("hangup").get(0).args());
    assertEquals(List.of(), h.calls.all("continue"));
  }

  @Test
  void a_declared_fallback_beats_the_hosts_default() {
    FlowHarness h = failingRun("fallback: {continue: {context: sorry}}", Optional.of(new Fallback.Hangup("normal")));

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertInstanceOf(Fallback.Continue.class, failed.fallback().orElseThrow());
    assertEquals("sorry", h.calls.all("continue").get(0).args().get(1));
    assertEquals(List.of(), h.calls.all("hangup"));
  }

  @Test
  void without_a_declared_fallback_or_a_default_the_channel_is_left_in_stasis_for_the_host() {
    FlowHarness h = failingRun("", Optional.empty());

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertEquals(Optional.empty(), failed.fallback());
    assertEquals(List.of(), h.calls.all("hangup"));
    assertEquals(List.of(), h.calls.all("continue"));
    assertEquals(RunState.FAILED, h.run.state());
    assertTrue(h.run.timeline().render().endsWith("fallback: left to the engine"), h.run.timeline().render());
  }

  @Test
  void standalone_runs_go_back_to_the_dialplan_by_default() {
    assertEquals(Optional.of(Fallback.continueAfterStasis()), RunOptions.defaults().defaultFallback());
  }

  @Test
  void a_default_fallback_cannot_name_a_step() {
    assertThrows(IllegalArgumentException.class,
        () -> RunOptions.defaults().withDefaultFallback(Optional.of(new Fallback.Goto("sorry"))));
  }
}
