package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FlowLoadSmokeTest {

  @Test
  void a_minimal_flow_loads_and_runs_to_its_hangup() {
    FlowHarness h = FlowHarness.yaml("""
        flow: smoke
        start: hello
        steps:
          hello:
            type: answer
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();
    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
  }
}
