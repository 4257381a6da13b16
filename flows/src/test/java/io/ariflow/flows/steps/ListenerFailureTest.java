package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.LoaderOptions;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A step whose listener throws fails with {@code error} at once, instead of leaving the caller in dead air. */
class ListenerFailureTest {

  private static final List<CustomStepType> CUSTOM = List.of(new BrokenListenerStep());

  private static FlowHarness run(String yaml) {
    LoadResult loaded = new FlowLoader(new LoaderOptions(Set.of(), CUSTOM)).loadTexts(Map.of("t.yaml", yaml));
    assertFalse(loaded.hasErrors(), () -> loaded.errors().toString());
    return FlowHarness.of(loaded.catalog(), null, RunOptions.defaults(), true, StepRegistry.withCustom(CUSTOM),
        TransitionObserver.NONE).start();
  }

  @Test
  void a_listener_that_throws_fails_its_step_which_follows_its_error_route() {
    FlowHarness h = run("""
        flow: buggy
        start: hold
        steps:
          hold:
            type: broken-listener
            next: bye
            on: {error: sorry}
          sorry:
            type: hangup
            cause: congestion
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.press("5");

    assertEquals(new RunResult.HungUpByFlow("congestion"), h.result());
    assertEquals(Optional.of("error"), h.outcomeOf("hold"));
    assertTrue(h.run.timeline().render().contains("hold failed: listener failed on ChannelDtmfReceived"),
        h.run.timeline().render());
    assertEquals(1, h.calls.all("stopPlayback").size());
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals(0, h.timers.pending());
  }

  @Test
  void a_listener_that_throws_without_an_error_route_applies_the_fallback() {
    FlowHarness h = run("""
        flow: buggy
        start: hold
        fallback: {hangup: busy}
        steps:
          hold:
            type: broken-listener
            next: bye
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.press("5");

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertTrue(failed.reason().contains("listener failed on ChannelDtmfReceived"), failed.reason());
    assertEquals(Optional.of(new Fallback.Hangup("busy")), failed.fallback());
    assertEquals(List.of("caller-1", "busy"), h.calls.all("hangup").get(0).args());
  }
}
