package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetVarStepTest {

  @Test
  void sets_a_rendered_channel_variable() {
    FlowHarness h = FlowHarness.yaml("""
        flow: vars
        start: tag
        steps:
          tag:
            type: set-var
            name: CALLERID(name)
            value: "VIP ${call.caller.number}"
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();

    assertEquals(List.of("caller-1", "CALLERID(name)", "VIP 89295671458"), h.calls.all("setVar").get(0).args());
  }
}
