package io.ariflow.flows.port.fakes;

import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * A virtual clock: time moves only when a test calls {@link #advance}, which fires due timers in time order
 * (ties in scheduling order) and moves the clock to each one's due time first. No test sleeps.
 */
public final class FakeTimers implements Timers {

  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private Instant now;
  private long sequence;

  /** A clock at {@code start}. */
  public FakeTimers(Instant start) {
    this.now = start;
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

  /** Moves the clock forward by {@code duration}, firing every timer that falls due on the way. */
  public void advance(Duration duration) {
    Instant target = now.plus(duration);
    while (true) {
      Task next = tasks.peek();
      if (next == null || next.due.isAfter(target)) {
        break;
      }
      tasks.poll();
      if (!next.cancelled) {
        now = next.due;
        next.fired = true;
        next.action.run();
      }
    }
    now = target;
  }

  /** Timers scheduled and neither fired nor cancelled. */
  public long pending() {
    return tasks.stream().filter(task -> !task.cancelled && !task.fired).count();
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
