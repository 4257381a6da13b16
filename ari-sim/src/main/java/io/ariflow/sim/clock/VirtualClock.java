package io.ariflow.sim.clock;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Simulated time for tests: time stands still until {@link #advance} is called, which runs due tasks in
 * due-time order (ties in scheduling order). Zero-delay tasks run on the context without advancing, so a
 * REST call's immediate consequences (StasisStart after originate) never need a tick.
 */
public final class VirtualClock implements SimClock {

  private record Entry(long dueMillis, long id, Runnable task) {}

  private final Context context;
  private final PriorityQueue<Entry> queue = new PriorityQueue<>(
      (a, b) -> a.dueMillis != b.dueMillis ? Long.compare(a.dueMillis, b.dueMillis) : Long.compare(a.id, b.id));
  private final Map<Long, Entry> live = new HashMap<>();
  private long nowMillis;
  private long nextId = 1;
  private boolean drainPending;

  public VirtualClock(Context context, Instant start) {
    this.context = context;
    this.nowMillis = start.toEpochMilli();
  }

  @Override
  public Instant now() {
    return Instant.ofEpochMilli(nowMillis);
  }

  @Override
  public long schedule(Duration delay, Runnable task) {
    long id = nextId++;
    Entry entry = new Entry(nowMillis + Math.max(0, delay.toMillis()), id, task);
    queue.add(entry);
    live.put(id, entry);
    if (entry.dueMillis <= nowMillis) {
      drainSoon();
    }
    return id;
  }

  @Override
  public boolean cancel(long timerId) {
    boolean removed = live.remove(timerId) != null;
    if (removed && queue.size() > 2 * live.size() + 64) {
      queue.removeIf(e -> !live.containsKey(e.id));
    }
    return removed;
  }

  @Override
  public Future<Void> advance(Duration by) {
    Promise<Void> done = Promise.promise();
    context.runOnContext(v -> {
      try {
        long target = nowMillis + by.toMillis();
        runDue(target);
        nowMillis = Math.max(nowMillis, target);
        done.complete();
      } catch (RuntimeException e) {
        done.fail(e);
      }
    });
    return done.future();
  }

  @Override
  public boolean isVirtual() {
    return true;
  }

  /** Number of tasks still waiting; tests use it to check that nothing leaks. */
  public int pending() {
    return live.size();
  }

  private void drainSoon() {
    if (!drainPending) {
      drainPending = true;
      context.runOnContext(v -> {
        drainPending = false;
        runDue(nowMillis);
      });
    }
  }

  private void runDue(long limit) {
    while (!queue.isEmpty() && queue.peek().dueMillis <= limit) {
      Entry entry = queue.poll();
      if (live.remove(entry.id) == null) {
        continue;
      }
      nowMillis = Math.max(nowMillis, entry.dueMillis);
      entry.task.run();
    }
  }
}
