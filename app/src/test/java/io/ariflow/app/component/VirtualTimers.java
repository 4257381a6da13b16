package io.ariflow.app.component;

import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The flows' timers on a virtual clock that lives on the engine's context: time moves only when a test
 * advances it (together with the simulator's clock), firing due timers in order on that context. So a 5 s
 * first-digit timeout or a 30 s ring timeout takes no real time.
 */
final class VirtualTimers implements Timers {

  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private Instant now;
  private long sequence;
  private Context home;

  VirtualTimers(Instant start) {
    this.now = start;
  }

  /** Binds the timers to the engine's context; {@code HostingOptions.withTimers(timers::bind)}. */
  Timers bind(Context engineContext) {
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

  /** Moves the clock on by {@code step}, on the engine's context, firing every timer due on the way. */
  Future<Void> advance(Duration step) {
    Promise<Void> done = Promise.promise();
    home.runOnContext(v -> {
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
      done.complete();
    });
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
