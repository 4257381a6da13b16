package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunResult;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PauseStepTest {

  private static final String FLOW = """
      flow: wait
      start: nap
      steps:
        nap:
          type: pause
          duration: 2s
          next: bye
        bye:
          type: hangup
          cause: normal
      """;

  @Test
  void waits_for_its_duration_on_the_run_clock() {
    FlowHarness h = FlowHarness.yaml(FLOW).start();
    h.advance(Duration.ofMillis(1999));
    assertFalse(h.finished());
    h.advance(Duration.ofMillis(1));

    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
  }

  @Test
  void a_hangup_ends_the_wait_and_its_timer() {
    FlowHarness h = FlowHarness.yaml(FLOW).start();
    h.calls.callerHangsUp();

    assertEquals(Optional.of("hangup"), h.outcomeOf("nap"));
    assertEquals(0, h.timers.pending());
  }
}
