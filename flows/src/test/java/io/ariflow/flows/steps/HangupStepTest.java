package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class HangupStepTest {

  @Test
  void hangs_the_caller_up_with_the_flow_cause_and_ends_the_run() {
    FlowHarness h = FlowHarness.yaml("""
        flow: closed
        start: bye
        steps:
          bye:
            type: hangup
            cause: busy
        """).start();

    assertEquals(new RunResult.HungUpByFlow("busy"), h.result());
    assertEquals(List.of("caller-1", "busy"), h.calls.all("hangup").get(0).args());
    assertEquals("10:55:52 call from 89295671458 to 555; hung up (busy)", h.run.timeline().render());
  }

  @Test
  void the_caller_s_own_hangup_events_do_not_turn_a_flow_hangup_into_a_caller_hangup() {
    FlowHarness h = FlowHarness.yaml("""
        flow: closed
        start: bye
        steps:
          bye:
            type: hangup
            cause: normal
        """).start();

    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
  }
}
