package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.TimerHandle;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The flows' virtual clock: nothing fires until the driver says so, then in due order, on the engine's context. */
class VirtualTimersTest {

  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  private final Vertx vertx = Vertx.vertx();
  private final Context context = vertx.getOrCreateContext();
  private final VirtualTimers timers = new VirtualTimers(START);
  private final List<String> fired = new ArrayList<>();

  @AfterEach
  void stop() {
    Bounded.await(vertx.close());
  }

  private <T> T onContext(Supplier<T> action) {
    Promise<T> done = Promise.promise();
    context.runOnContext(v -> done.complete(action.get()));
    return Bounded.await(done.future());
  }

  private TimerHandle schedule(long millis, String name) {
    return onContext(() -> timers.bind(context).schedule(Duration.ofMillis(millis), () -> fired.add(name)));
  }

  @Test
  void movingTheClockFiresNothingUntilTheDriverFiresWhatIsDue() {
    schedule(500, "b");
    schedule(200, "a");
    schedule(900, "c");

    Bounded.await(timers.moveTo(START.plusMillis(600)));
    assertEquals(List.of(), onContext(() -> List.copyOf(fired)));
    Bounded.await(timers.fireDue());

    assertEquals(List.of("a", "b"), onContext(() -> List.copyOf(fired)));
    assertEquals(Optional.of(START.plusMillis(900)), onContext(timers::nextDue));
  }

  @Test
  void aCancelledTimerNeverFiresAndIsNotTheNextDue() {
    TimerHandle handle = schedule(100, "gone");
    schedule(300, "kept");

    assertTrue(onContext(handle::cancel));
    assertEquals(Optional.of(START.plusMillis(300)), onContext(timers::nextDue));
    Bounded.await(timers.moveTo(START.plusSeconds(1)).compose(v -> timers.fireDue()));

    assertEquals(List.of("kept"), onContext(() -> List.copyOf(fired)));
    assertFalse(onContext(handle::cancel));
  }

  @Test
  void theClockNeverGoesBack() {
    onContext(() -> timers.bind(context));

    Bounded.await(timers.moveTo(START.plusSeconds(5)).compose(v -> timers.moveTo(START.plusSeconds(1))));

    assertEquals(START.plusSeconds(5), onContext(timers::now));
  }
}
