package io.ariflow.app.ari.ws;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Virtual time for tests: timers fire only when the test advances the clock, each on the Vert.x context
 * that scheduled it, and {@link #advance} returns once they have run. Waits are bounded.
 */
final class FakeScheduler implements Scheduler {
  static final Duration WAIT = Duration.ofSeconds(10);

  private record Task(long id, Instant due, Runnable action, Context context) {}

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T07:31:52Z"));
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Task> tasks = new ConcurrentHashMap<>();
  private final BlockingQueue<Long> changes = new LinkedBlockingQueue<>();

  @Override
  public Instant now() {
    return now.get();
  }

  @Override
  public long schedule(Duration delay, Runnable action) {
    long id = ids.incrementAndGet();
    tasks.put(id, new Task(id, now.get().plus(delay), action, Vertx.currentContext()));
    changes.add(id);
    return id;
  }

  @Override
  public void cancel(long timerId) {
    tasks.remove(timerId);
    changes.add(timerId);
  }

  /** Delays from now of the pending timers, shortest first. */
  List<Duration> pending() {
    Instant at = now.get();
    return tasks.values().stream().map(t -> Duration.between(at, t.due())).sorted().toList();
  }

  /** Waits (bounded) until the pending timers satisfy {@code condition}; returns them. */
  List<Duration> awaitPending(Predicate<List<Duration>> condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<Duration> pending = pending();
    while (!condition.test(pending)) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || changes.poll(left, TimeUnit.NANOSECONDS) == null) {
        throw new AssertionError("pending timers never matched; now " + pending());
      }
      pending = pending();
    }
    return pending;
  }

  /** Moves virtual time forward, running every timer that falls due (in due order) and waiting for each. */
  void advance(Duration step) throws Exception {
    Instant target = now.get().plus(step);
    Optional<Task> next = nextDue(target);
    while (next.isPresent()) {
      Task task = next.get();
      tasks.remove(task.id());
      now.set(task.due());
      run(task);
      next = nextDue(target);
    }
    now.set(target);
  }

  private Optional<Task> nextDue(Instant target) {
    return tasks.values().stream().filter(t -> !t.due().isAfter(target))
        .min(Comparator.comparing(Task::due).thenComparing(Task::id));
  }

  private static void run(Task task) throws Exception {
    if (task.context() == null) {
      task.action().run();
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    task.context().runOnContext(ignored -> {
      try {
        task.action().run();
        done.complete(null);
      } catch (RuntimeException failure) {
        done.completeExceptionally(failure);
      }
    });
    done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }
}
