package io.ariflow.flows.queue.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyRegistryTest {

  /** app_queue's strategies plus skills-based routing. */
  static final List<String> NAMES = List.of("ringall", "leastrecent", "fewestcalls", "random", "rrmemory",
      "rrordered", "linear", "wrandom", "skills");

  @Test
  void every_strategy_name_resolves_to_a_strategy_of_that_name() {
    StrategyRegistry registry = StrategyRegistry.standard();
    for (String name : NAMES) {
      assertEquals(name, registry.get(name).name());
    }
    assertTrue(registry.names().containsAll(NAMES));
  }

  @Test
  void an_unknown_name_is_empty_and_get_says_which_names_exist() {
    StrategyRegistry registry = StrategyRegistry.standard();
    assertTrue(registry.find("roundrobin").isEmpty());
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> registry.get("nope"));
    assertTrue(error.getMessage().contains("rrmemory"), error.getMessage());
  }

  @Test
  void two_strategies_with_one_name_are_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> StrategyRegistry.of(List.of(new RingAllStrategy(), new RingAllStrategy())));
  }

  @Test
  void a_request_without_candidates_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new SelectionRequest(Candidates.caller("x"), List.of(),
        0, Candidates.NOW, Candidates.seeded(1)));
  }
}
