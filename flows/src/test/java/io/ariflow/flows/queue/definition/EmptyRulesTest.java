package io.ariflow.flows.queue.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** app_queue's joinempty / leavewhenempty words, as parse_empty_options reads them. */
class EmptyRulesTest {

  @Test
  void yes_and_no_mean_opposite_things_for_joining_and_leaving() {
    assertEquals(Optional.of(Set.of()), EmptyRules.parse("yes", true), "may join an empty queue");
    assertEquals(Optional.of(EmptyRules.REFUSE_EMPTY), EmptyRules.parse("no", true));
    assertEquals(Optional.of(EmptyRules.REFUSE_EMPTY), EmptyRules.parse("yes", false), "leave when empty");
    assertEquals(Optional.of(Set.of()), EmptyRules.parse("no", false));
  }

  @Test
  void presets_and_condition_lists_combine() {
    assertEquals(Optional.of(EmptyRules.STRICT), EmptyRules.parse("strict", true));
    assertEquals(Optional.of(EmptyRules.LOOSE), EmptyRules.parse(" Loose ", false));
    assertEquals(Optional.of(Set.of(EmptyCondition.PAUSED, EmptyCondition.WRAPUP, EmptyCondition.RINGING)),
        EmptyRules.parse("paused,wrapup, ringing", true));
    assertEquals(Optional.of(Set.of(EmptyCondition.PENALTY, EmptyCondition.INVALID, EmptyCondition.INUSE)),
        EmptyRules.parse("loose,inuse", true));
  }

  @Test
  void an_unknown_word_is_refused() {
    assertEquals(Optional.empty(), EmptyRules.parse("paused,sometimes", true));
  }
}
