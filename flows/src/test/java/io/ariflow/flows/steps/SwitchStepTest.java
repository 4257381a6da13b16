package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwitchStepTest {

  private static FlowHarness switchOn(String value) {
    return FlowHarness.yaml("""
        flow: langs
        start: pick
        variables: {lang: %s}
        steps:
          pick:
            type: switch
            value: "${lang}"
            cases: {en: english, fr: french}
            default: english
          english:
            type: hangup
            cause: normal
          french:
            type: hangup
            cause: busy
        """.formatted(value)).start();
  }

  @Test
  void the_equal_case_wins() {
    assertEquals(Optional.of("case:fr"), switchOn("fr").outcomeOf("pick"));
  }

  @Test
  void no_equal_case_goes_to_default() {
    assertEquals(Optional.of("default"), switchOn("de").outcomeOf("pick"));
  }
}
