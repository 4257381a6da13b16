package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.TimelineEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetStepTest {

  private static final String FLOW = """
      flow: vars
      start: assign
      variables: {tries: 0, greeting: "", tags: null, flag: false}
      steps:
        assign:
          type: set
          values:
            tries: "=tries + 1"
            greeting: "hello ${call.caller.number}, try ${tries}"
            tags: [a, b]
            flag: "=tries > 0 and args.arg1 == 'vip'"
          next: bye
        bye:
          type: hangup
          cause: normal
      """;

  @Test
  void assigns_literals_templates_and_expressions_in_order() {
    FlowHarness h = FlowHarness.yaml(FLOW).start();

    assertEquals(1L, h.run.variables().get("tries"));
    assertEquals("hello 89295671458, try 1", h.run.variables().get("greeting"));
    assertEquals(List.of("a", "b"), h.run.variables().get("tags"));
    assertEquals(true, h.run.variables().get("flag"));
  }

  @Test
  void the_timeline_lists_what_the_step_changed() {
    FlowHarness h = FlowHarness.yaml(FLOW).start();
    Optional<TimelineEntry> entry = h.run.timeline().entries().stream()
        .filter(e -> e.stepId().equals("assign")).findFirst();

    assertEquals(Map.of("tries", 1L, "greeting", "hello 89295671458, try 1", "tags", List.of("a", "b"),
        "flag", true), entry.orElseThrow().changed());
  }

  @Test
  void a_value_that_cannot_be_computed_is_an_error_naming_the_problem() {
    FlowHarness h = FlowHarness.yaml("""
        flow: vars
        start: assign
        variables: {missing: null, x: 0}
        fallback: {hangup: normal}
        steps:
          assign:
            type: set
            values: {x: "=missing + 1"}
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();

    assertEquals(Optional.of("error"), h.outcomeOf("assign"));
  }
}
