package io.ariflow.sim.fidelity;

import io.ariflow.sim.AriSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Trace time on the simulator's virtual clock: the clock is moved forward by the recorded gaps, and the
 * outside-world actions due on the way run at their own trace time. Failed actions are kept for the report.
 */
final class Timeline {

  private static final Duration ACTION_LIMIT = Duration.ofSeconds(10);

  private final AriSimulator sim;
  private final PriorityQueue<TimedAction> pending = new PriorityQueue<>(Comparator.comparingDouble(TimedAction::t));
  private final List<String> failures = new ArrayList<>();
  private long nowMs;

  Timeline(AriSimulator sim) {
    this.sim = sim;
  }

  void schedule(List<TimedAction> actions) {
    pending.addAll(actions);
  }

  /** Runs every action due by {@code t} (in time order), then leaves the clock at {@code t}. */
  void runUntil(double t) {
    while (!pending.isEmpty() && pending.peek().t() <= t) {
      TimedAction action = pending.poll();
      advanceTo(action.t());
      try {
        Await.get(action.run().get(), ACTION_LIMIT);
      } catch (RuntimeException e) {
        failures.add(action.label() + " at t=" + action.t() + ": " + e.getMessage());
      }
    }
    advanceTo(t);
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  private void advanceTo(double t) {
    long target = Math.round(t * 1000);
    if (target > nowMs) {
      Await.get(sim.advance(Duration.ofMillis(target - nowMs)), ACTION_LIMIT);
      nowMs = target;
    }
  }
}
