package io.ariflow.app.flowtest;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.clock.VirtualClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Moves virtual time for one case: waits until the system is quiet (the same quiet {@link Snapshot} twice in
 * a row), then moves both clocks on together, never past the flows' next timer and at most one tick, so
 * events happen in the order and at the instants they would in real time; a call of minutes takes
 * milliseconds. The simulator moves first, so a digit pressed just before a timeout beats it.
 */
final class TimeDriver {

  /** The longest step when the simulator has something scheduled (its next due time is not visible). */
  static final Duration TICK = Duration.ofMillis(100);
  private static final int MAX_POLLS = 5000;

  private final Vertx vertx;
  private final AriSimulator sim;
  private final OfflineEngine engine;
  private final VirtualTimers timers;
  private final ScriptedCaller caller;

  TimeDriver(Vertx vertx, AriSimulator sim, OfflineEngine engine, VirtualTimers timers, ScriptedCaller caller) {
    this.vertx = vertx;
    this.sim = sim;
    this.engine = engine;
    this.timers = timers;
    this.caller = caller;
  }

  /** Runs until the call is done (true) or {@code deadline} has passed in virtual time (false). */
  Future<Boolean> runUntil(Instant deadline) {
    return settle().compose(quiet -> next(quiet, deadline));
  }

  /** Waits until the system is quiet; fails when it never gets there. */
  Future<Snapshot> settle() {
    return snapshot().compose(first -> settle(first, 0));
  }

  private Future<Boolean> next(Snapshot quiet, Instant deadline) {
    Instant now = quiet.engine().now();
    if (quiet.done()) {
      return Future.succeededFuture(true);
    }
    if (!now.isBefore(deadline)) {
      return Future.succeededFuture(false);
    }
    Duration step = step(quiet, now, deadline);
    return advance(now, step).compose(v -> settle()).compose(settled -> next(settled, deadline));
  }

  /** Up to the next flow timer and the deadline; at most a tick while the simulator has work scheduled. */
  private static Duration step(Snapshot quiet, Instant now, Instant deadline) {
    Instant limit = quiet.engine().nextTimer().filter(due -> due.isBefore(deadline)).orElse(deadline);
    Duration step = Duration.between(now, limit.isBefore(now) ? now : limit);
    return quiet.sim().pending() > 0 && step.compareTo(TICK) > 0 ? TICK : step;
  }

  private Future<Void> advance(Instant now, Duration step) {
    if (step.isZero()) {
      return timers.fireDue();
    }
    return timers.moveTo(now.plus(step))
        .compose(v -> sim.advance(step))
        .compose(v -> settle())
        .compose(settled -> timers.fireDue());
  }

  private Future<Snapshot> settle(Snapshot previous, int polls) {
    if (polls > MAX_POLLS) {
      return Future.failedFuture(new IllegalStateException("the engine and the simulator did not settle: "
          + previous));
    }
    Future<Void> pause = previous.quiet() ? Future.succeededFuture() : vertx.timer(1, TimeUnit.MILLISECONDS).mapEmpty();
    return pause.compose(v -> snapshot()).compose(now -> now.quiet() && now.equals(previous)
        ? Future.succeededFuture(now) : settle(now, polls + 1));
  }

  private Future<Snapshot> snapshot() {
    return sim.onLoop(core -> new Snapshot.SimSide(core.notifier().delivered(), pending(core.clock()),
            caller.leftStasis()))
        .compose(simSide -> engine.probe().map(engineSide -> new Snapshot(simSide, engineSide)));
  }

  private static int pending(Object clock) {
    return clock instanceof VirtualClock virtual ? virtual.pending() : 1;
  }
}
