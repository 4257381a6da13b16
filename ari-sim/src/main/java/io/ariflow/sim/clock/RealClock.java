package io.ariflow.sim.clock;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Wall-clock time on Vert.x timers, for `ariflow run` and load benchmarks. */
public final class RealClock implements SimClock {

  private final Vertx vertx;
  private final Context context;
  private final Clock clock;
  private final Set<Long> immediate = new HashSet<>();
  private long nextImmediateId = -1;

  public RealClock(Vertx vertx, Context context, Clock clock) {
    this.vertx = vertx;
    this.context = context;
    this.clock = clock;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public long schedule(Duration delay, Runnable task) {
    long millis = delay.toMillis();
    if (millis > 0) {
      return vertx.setTimer(millis, id -> task.run());
    }
    long id = nextImmediateId--;
    immediate.add(id);
    context.runOnContext(v -> {
      if (immediate.remove(id)) {
        task.run();
      }
    });
    return id;
  }

  @Override
  public boolean cancel(long timerId) {
    return timerId < 0 ? immediate.remove(timerId) : vertx.cancelTimer(timerId);
  }

  @Override
  public Future<Void> advance(Duration by) {
    return Future.failedFuture(new IllegalStateException("advance() needs the virtual clock (ClockMode.VIRTUAL)"));
  }

  @Override
  public boolean isVirtual() {
    return false;
  }
}
