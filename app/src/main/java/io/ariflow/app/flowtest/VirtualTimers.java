package io.ariflow.app.flowtest;

import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * The flows' timers on a virtual clock owned by the engine's context: time moves only when the test driver
 * says so, together with the simulator's clock, so a 30 s ring timeout takes no real time. The driver's
 * methods hop onto the engine's context; the {@link Timers} methods are called there by the flows. Public
 * because the engine's component tests drive flows the same way.
 */
public final class VirtualTimers implements Timers {

  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private Instant now;
  private long sequence;
  private Context home;

  public VirtualTimers(Instant start) {
    this.now = start;
  }

  /** Binds the timers to the engine's context: {@code HostingOptions.withTimers(timers::bind)}. */
  public Timers bind(Context engineContext) {
    this.home = engineContext;
    return this;
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public TimerHandle schedule(Duration delay, Runnable action) {
    Task task = new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), sequence++, action);
    tasks.add(task);
    return task::cancel;
  }

  /** When the next live timer is due; empty when none is scheduled. Call on the engine's context. */
  Optional<Instant> nextDue() {
    while (!tasks.isEmpty() && tasks.peek().cancelled) {
      tasks.poll();
    }
    return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.peek().due);
  }

  /** Moves the clock to {@code instant} without firing anything; the driver never moves past a due timer. */
  Future<Void> moveTo(Instant instant) {
    return onHome(() -> {
      if (instant.isAfter(now)) {
        now = instant;
      }
      return null;
    });
  }

  /** Fires every timer due by now, in due order (ties in scheduling order). */
  Future<Void> fireDue() {
    return onHome(() -> {
      Task next = tasks.peek();
      while (next != null && !next.due.isAfter(now)) {
        tasks.poll();
        if (!next.cancelled) {
          next.fired = true;
          next.action.run();
        }
        next = tasks.peek();
      }
      return null;
    });
  }

  /** Moves the clock on by {@code step}, firing every timer due on the way at its own due time, in order. */
  public Future<Void> advance(Duration step) {
    return onHome(() -> {
      Instant target = now.plus(step);
      Task next = tasks.peek();
      while (next != null && !next.due.isAfter(target)) {
        tasks.poll();
        if (!next.cancelled) {
          now = next.due;
          next.fired = true;
          next.action.run();
        }
        next = tasks.peek();
      }
      now = target;
      return null;
    });
  }

  private <T> Future<T> onHome(Supplier<T> action) {
    Promise<T> done = Promise.promise();
    home.runOnContext(v -> done.complete(action.get()));
    return done.future();
  }

  /** One scheduled action. */
  private static final class Task implements Comparable<Task> {
    private final Instant due;
    private final long order;
    private final Runnable action;
    private boolean cancelled;
    private boolean fired;

    Task(Instant due, long order, Runnable action) {
      this.due = due;
      this.order = order;
      this.action = action;
    }

    boolean cancel() {
      boolean live = !cancelled && !fired;
      cancelled = true;
      return live;
    }

    @Override
    public int compareTo(Task other) {
      int byTime = due.compareTo(other.due);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }
}
