package io.ariflow.flows.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * {@link Timers} on a clock that moves only when told: {@link #advance} fires due timers in time order (ties in
 * scheduling order), moving the clock to each one's due time first. Unit tests drive it directly and the offline
 * flow-test runner drives it in step with the simulated Asterisk, so a 30 s ring timeout takes no real time. One
 * owner, not thread-safe.
 */
public final class ManualTimers implements Timers {

  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private Instant now;
  private long sequence;

  /** A clock at {@code start}. */
  public ManualTimers(Instant start) {
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
    fireUntil(target);
    now = target;
  }

  /** Moves the clock to {@code instant} (never back) without firing anything. */
  public void moveTo(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  /** Fires every timer due by now. */
  public void fireDue() {
    fireUntil(now);
  }

  /** When the next live timer is due; empty when none is scheduled. */
  public Optional<Instant> nextDue() {
    while (!tasks.isEmpty() && tasks.peek().cancelled) {
      tasks.poll();
    }
    return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.peek().due);
  }

  /** Timers scheduled and neither fired nor cancelled. */
  public long pending() {
    return tasks.stream().filter(task -> !task.cancelled && !task.fired).count();
  }

  private void fireUntil(Instant target) {
    Task next = tasks.peek();
    while (next != null && !next.due.isAfter(target)) {
      tasks.poll();
      if (!next.cancelled) {
        now = next.due.isAfter(now) ? next.due : now;
        next.fired = true;
        next.action.run();
      }
      next = tasks.peek();
    }
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
