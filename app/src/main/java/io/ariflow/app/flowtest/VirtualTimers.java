package io.ariflow.app.flowtest;

import io.ariflow.flows.port.ManualTimers;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The flows' timers on a virtual clock owned by the engine's context: time moves only when the test driver
 * says so, together with the simulator's clock, so a 30 s ring timeout takes no real time. The driver's
 * methods hop onto the engine's context; the {@link Timers} methods are called there by the flows. Public
 * because the engine's component tests drive flows the same way.
 */
public final class VirtualTimers implements Timers {

  private final ManualTimers clock;
  private Context home;

  public VirtualTimers(Instant start) {
    this.clock = new ManualTimers(start);
  }

  /** Binds the timers to the engine's context: {@code HostingOptions.withTimers(timers::bind)}. */
  public Timers bind(Context engineContext) {
    this.home = engineContext;
    return this;
  }

  @Override
  public Instant now() {
    return clock.now();
  }

  @Override
  public TimerHandle schedule(Duration delay, Runnable action) {
    return clock.schedule(delay, action);
  }

  /** When the next live timer is due; empty when none is scheduled. Call on the engine's context. */
  Optional<Instant> nextDue() {
    return clock.nextDue();
  }

  /** Moves the clock to {@code instant} without firing anything; the driver never moves past a due timer. */
  Future<Void> moveTo(Instant instant) {
    return onHome(() -> clock.moveTo(instant));
  }

  /** Fires every timer due by now, in due order (ties in scheduling order). */
  Future<Void> fireDue() {
    return onHome(clock::fireDue);
  }

  /** Moves the clock on by {@code step}, firing every timer due on the way at its own due time, in order. */
  public Future<Void> advance(Duration step) {
    return onHome(() -> clock.advance(step));
  }

  private Future<Void> onHome(Runnable action) {
    Promise<Void> done = Promise.promise();
    home.runOnContext(v -> {
      action.run();
      done.complete();
    });
    return done.future();
  }
}
