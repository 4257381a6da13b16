package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunResult;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ContinueStepTest {

  @Test
  void sends_the_caller_to_the_rendered_dialplan_location() {
    FlowHarness h = FlowHarness.yaml("""
        flow: out
        start: away
        steps:
          away:
            type: continue
            context: "lang-${args.lang}"
            extension: "${call.extension}"
            priority: 2
        """).start();

    assertEquals(Arrays.asList("caller-1", "lang-en", "555", 2), h.calls.all("continue").get(0).args());
    assertEquals(new RunResult.ContinuedInDialplan(Optional.of("lang-en"), Optional.of("555"), OptionalInt.of(2)),
        h.result());
  }

  @Test
  void without_a_location_it_resumes_after_stasis() {
    FlowHarness h = FlowHarness.yaml("""
        flow: out
        start: away
        steps:
          away:
            type: continue
        """).start();

    assertEquals(Arrays.asList("caller-1", null, null, null), h.calls.all("continue").get(0).args());
    assertEquals(List.of("continue"), h.calls.ops());
  }
}
