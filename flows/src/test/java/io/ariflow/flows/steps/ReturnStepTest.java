package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import org.junit.jupiter.api.Test;

class ReturnStepTest {

  @Test
  void returns_evaluated_values_to_the_caller_flow() {
    FlowHarness h = FlowHarness.yaml("""
        flow: main
        start: ask
        steps:
          ask:
            type: call
            flow: sum
            args: {a: 2}
            next: bye
          bye:
            type: hangup
            cause: normal
        ---
        flow: sum
        start: done
        steps:
          done:
            type: return
            values: {total: "=args.a * 21", label: "total ${args.a}"}
        """).start();

    assertEquals(42L, h.result("ask", "total"));
    assertEquals("total 2", h.result("ask", "label"));
  }
}
