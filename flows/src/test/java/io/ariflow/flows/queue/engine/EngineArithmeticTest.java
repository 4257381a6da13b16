package io.ariflow.flows.queue.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.definition.PenaltyStep;
import io.ariflow.flows.queue.definition.PriorityAging;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small formulas the engine shares with app_queue: hold-time average, aging, penalty windows. */
class EngineArithmeticTest {

  @Test
  void the_hold_time_is_app_queues_integer_exponential_average() {
    HoldTime hold = new HoldTime();
    hold.record(400);
    assertEquals(100, hold.seconds());
    hold.record(20);
    assertEquals(80, hold.seconds(), "(100 * 3 + 20) / 4");
    hold.record(0);
    assertEquals(60, hold.seconds());
    hold.record(1);
    assertEquals(45, hold.seconds(), "181 / 4 rounds down");
  }

  @Test
  void aging_adds_a_step_per_interval_up_to_its_cap() {
    PriorityAging aging = new PriorityAging(Duration.ofSeconds(30), 2, 5);
    assertEquals(0, aging.boost(Duration.ofSeconds(29)));
    assertEquals(2, aging.boost(Duration.ofSeconds(30)));
    assertEquals(5, aging.boost(Duration.ofMinutes(10)));
    assertEquals(0, PriorityAging.none().boost(Duration.ofHours(1)));
    assertEquals(0, aging.boost(Duration.ofSeconds(-5)));
  }

  @Test
  void the_latest_penalty_rule_that_applies_sets_the_window() {
    QueueInput.Join join = QueueInput.Join.of("c", "1").withPenalties(OptionalInt.of(1), OptionalInt.of(1));
    List<PenaltyStep> rules = List.of(PenaltyStep.widenTo(Duration.ofSeconds(30), 2),
        new PenaltyStep(Duration.ofSeconds(60), OptionalInt.of(4), OptionalInt.of(0)));
    assertFalse(PenaltyWindow.at(join, rules, Duration.ofSeconds(10)).allows(2));
    PenaltyWindow later = PenaltyWindow.at(join, rules, Duration.ofSeconds(30));
    assertTrue(later.allows(2) && !later.allows(0));
    assertTrue(PenaltyWindow.at(join, rules, Duration.ofSeconds(60)).allows(0));
  }
}
