package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GotoStepTest {

  @Test
  void after_max_passes_the_goto_is_exhausted() {
    FlowHarness h = FlowHarness.yaml("""
        flow: retry
        start: beep
        variables: {plays: 0}
        steps:
          beep:
            type: set
            values: {plays: "=plays + 1"}
            next: again
          again:
            type: goto
            target: beep
            max: 3
            on: {exhausted: bye}
          bye:
            type: hangup
            cause: normal
        """).start();

    assertEquals(4L, h.run.variables().get("plays"));
    assertEquals(Optional.of("exhausted"), h.outcomeOf("again"));
  }
}
