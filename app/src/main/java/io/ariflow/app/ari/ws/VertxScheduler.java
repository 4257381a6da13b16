package io.ariflow.app.ari.ws;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The production {@link Scheduler}: Vert.x timers, which fire on the context that set them, and a clock. */
public final class VertxScheduler implements Scheduler {
  private final Vertx vertx;
  private final Clock clock;

  /** Uses {@code vertx} for timers and {@code clock} for the instants reported in the status. */
  public VertxScheduler(Vertx vertx, Clock clock) {
    this.vertx = vertx;
    this.clock = clock;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public long schedule(Duration delay, Runnable task) {
    return vertx.setTimer(Math.max(1L, delay.toMillis()), id -> task.run());
  }

  @Override
  public void cancel(long timerId) {
    if (timerId != NO_TIMER) {
      vertx.cancelTimer(timerId);
    }
  }
}
