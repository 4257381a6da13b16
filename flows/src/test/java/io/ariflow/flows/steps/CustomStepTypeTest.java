package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.LoaderOptions;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomStepTypeTest {

  private static final String FLOW = """
      flow: lucky
      start: flip
      steps:
        flip:
          type: coin-flip
          side: tails
          next: bye
          on: {tails: sorry}
        sorry:
          type: hangup
          cause: busy
        bye:
          type: hangup
          cause: normal
      """;

  @Test
  void custom_step_types_are_found_through_service_loader() {
    StepRegistry registry = StepRegistry.standard();

    assertTrue(registry.customTypes().get("coin-flip") instanceof CoinFlipStep);
  }

  @Test
  void a_custom_step_runs_and_routes_like_a_built_in_one() {
    StepRegistry registry = StepRegistry.standard();
    LoadResult loaded = new FlowLoader(new LoaderOptions(Set.of(),
        List.copyOf(registry.customTypes().values()))).loadTexts(Map.of("lucky.yaml", FLOW));
    assertFalse(loaded.hasErrors(), () -> loaded.errors().toString());
    FlowHarness h = FlowHarness.of(loaded.catalog(), null, RunOptions.defaults(), true, registry,
        TransitionObserver.NONE).start();

    assertEquals(Optional.of("tails"), h.outcomeOf("flip"));
    assertEquals("tails", h.result("flip", "side"));
  }
}
