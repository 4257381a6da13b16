package io.ariflow.flows.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManualTimersTest {

  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void timers_fire_in_time_order_with_the_clock_at_their_due_time() {
    ManualTimers timers = new ManualTimers(START);
    List<String> fired = new ArrayList<>();
    timers.schedule(Duration.ofSeconds(3), () -> fired.add("b@" + timers.now()));
    timers.schedule(Duration.ofSeconds(1), () -> fired.add("a@" + timers.now()));
    timers.advance(Duration.ofSeconds(5));

    assertEquals(List.of("a@2026-11-22T10:00:01Z", "b@2026-11-22T10:00:03Z"), fired);
    assertEquals(START.plusSeconds(5), timers.now());
  }

  @Test
  void a_cancelled_timer_never_fires_and_a_timer_scheduled_by_a_timer_can_fire_in_the_same_advance() {
    ManualTimers timers = new ManualTimers(START);
    List<String> fired = new ArrayList<>();
    TimerHandle cancelled = timers.schedule(Duration.ofSeconds(1), () -> fired.add("cancelled"));
    timers.schedule(Duration.ofSeconds(1), () -> timers.schedule(Duration.ofSeconds(1), () -> fired.add("chained")));
    cancelled.cancel();
    timers.advance(Duration.ofSeconds(2));

    assertEquals(List.of("chained"), fired);
    assertFalse(cancelled.cancel());
    assertEquals(0, timers.pending());
  }

  @Test
  void moving_the_clock_fires_nothing_until_the_due_timers_are_fired_and_it_never_goes_back() {
    ManualTimers timers = new ManualTimers(START);
    List<String> fired = new ArrayList<>();
    TimerHandle first = timers.schedule(Duration.ofSeconds(2), () -> fired.add("first"));
    timers.schedule(Duration.ofSeconds(4), () -> fired.add("second"));
    first.cancel();
    assertEquals(Optional.of(START.plusSeconds(4)), timers.nextDue());

    timers.moveTo(START.plusSeconds(5));
    timers.moveTo(START.plusSeconds(1));
    assertEquals(List.of(), fired);
    timers.fireDue();

    assertEquals(List.of("second"), fired);
    assertEquals(START.plusSeconds(5), timers.now());
    assertEquals(Optional.empty(), timers.nextDue());
  }
}
