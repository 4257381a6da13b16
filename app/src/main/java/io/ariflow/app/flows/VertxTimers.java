package io.ariflow.app.flows;

import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The flows' {@link Timers} on Vert.x: one-shot timers whose actions run on the engine's context (where
 * every run lives), and the time from an injected {@link Clock}, never read directly from the system.
 */
public final class VertxTimers implements Timers {

  private final Context home;
  private final Clock clock;

  /** Timers that fire on {@code home}, reading the time from {@code clock}. */
  public VertxTimers(Context home, Clock clock) {
    this.home = home;
    this.clock = clock;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public TimerHandle schedule(Duration delay, Runnable action) {
    Vertx vertx = home.owner();
    long millis = Math.max(1, delay.toMillis());
    long id = vertx.setTimer(millis, fired -> runAtHome(action));
    return () -> vertx.cancelTimer(id);
  }

  /** Vert.x fires a timer on the context that set it; one set from elsewhere hops over first. */
  private void runAtHome(Runnable action) {
    if (Vertx.currentContext() == home) {
      action.run();
    } else {
      home.runOnContext(v -> action.run());
    }
  }
}
