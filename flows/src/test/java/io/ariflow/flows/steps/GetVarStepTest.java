package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ariflow.flows.runtime.FlowHarness;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetVarStepTest {

  private static final String FLOW = """
      flow: vars
      start: read
      variables: {name: null, shown: ""}
      steps:
        read:
          type: get-var
          name: VIP_LEVEL
          into: name
          next: show
          on: {missing: bye}
        show:
          type: set
          values: {shown: "${chan.VIP_LEVEL}"}
          next: bye
        bye:
          type: hangup
          cause: normal
      """;

  @Test
  void reads_a_channel_variable_into_a_flow_variable() {
    FlowHarness h = FlowHarness.yaml(FLOW);
    h.calls.variable("VIP_LEVEL", "Alice");
    h.start();

    assertEquals("Alice", h.run.variables().get("name"));
    assertEquals("Alice", h.result("read", "value"));
    assertEquals(Optional.of("done"), h.outcomeOf("read"));
  }

  @Test
  void an_unset_variable_is_missing_and_leaves_null() {
    FlowHarness h = FlowHarness.yaml(FLOW).start();

    assertEquals(Optional.of("missing"), h.outcomeOf("read"));
    assertNull(h.run.variables().get("name"));
  }
}
