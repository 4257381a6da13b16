package io.ariflow.flows.port.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.port.TimerHandle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeTimersTest {

  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void timers_fire_in_time_order_with_the_clock_at_their_due_time() {
    FakeTimers timers = new FakeTimers(START);
    List<String> fired = new ArrayList<>();
    timers.schedule(Duration.ofSeconds(3), () -> fired.add("b@" + timers.now()));
    timers.schedule(Duration.ofSeconds(1), () -> fired.add("a@" + timers.now()));
    timers.advance(Duration.ofSeconds(5));

    assertEquals(List.of("a@2026-11-22T10:00:01Z", "b@2026-11-22T10:00:03Z"), fired);
    assertEquals(START.plusSeconds(5), timers.now());
  }

  @Test
  void a_cancelled_timer_never_fires_and_a_timer_scheduled_by_a_timer_can_fire_in_the_same_advance() {
    FakeTimers timers = new FakeTimers(START);
    List<String> fired = new ArrayList<>();
    TimerHandle cancelled = timers.schedule(Duration.ofSeconds(1), () -> fired.add("cancelled"));
    timers.schedule(Duration.ofSeconds(1), () -> timers.schedule(Duration.ofSeconds(1), () -> fired.add("chained")));
    cancelled.cancel();
    timers.advance(Duration.ofSeconds(2));

    assertEquals(List.of("chained"), fired);
    assertFalse(cancelled.cancel());
    assertEquals(0, timers.pending());
  }
}
