package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BranchStepTest {

  private static FlowHarness branch(int hour) {
    return FlowHarness.yaml("""
        flow: hours
        start: open
        variables: {h: %d}
        steps:
          open:
            type: branch
            cases:
              - when: h < 8
                goto: closed
              - when: h < 18
                goto: desk
            else: closed
          desk:
            type: hangup
            cause: normal
          closed:
            type: hangup
            cause: busy
        """.formatted(hour)).start();
  }

  @Test
  void the_first_true_case_wins() {
    assertEquals(Optional.of("case:1"), branch(7).outcomeOf("open"));
    assertEquals(Optional.of("case:2"), branch(9).outcomeOf("open"));
  }

  @Test
  void no_true_case_goes_to_else() {
    assertEquals(Optional.of("else"), branch(20).outcomeOf("open"));
  }
}
