package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ariflow.flows.runtime.FlowHarness;
import org.junit.jupiter.api.Test;

class UnsetStepTest {

  @Test
  void clears_variables_back_to_null() {
    FlowHarness h = FlowHarness.yaml("""
        flow: vars
        start: forget
        variables: {pin: "1234", name: caller}
        steps:
          forget:
            type: unset
            names: [pin]
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();

    assertNull(h.run.variables().get("pin"));
    assertEquals("caller", h.run.variables().get("name"));
  }
}
