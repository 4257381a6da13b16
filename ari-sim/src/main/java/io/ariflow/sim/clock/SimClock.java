package io.ariflow.sim.clock;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;

/**
 * The only source of time inside the simulator: every delay (prompt lengths, far-end answers, dial
 * timeouts, recordings) is scheduled here, so a virtual clock can run a 30 s scenario in milliseconds.
 * All methods except {@link #advance} must be called on the simulator's event-loop context.
 */
public interface SimClock {

  /** The current simulated (or real) time. */
  Instant now();

  /** Runs {@code task} on the simulator's context after {@code delay}; zero runs it as soon as possible. */
  long schedule(Duration delay, Runnable task);

  /** Cancels a scheduled task; returns false if it already ran or was unknown. */
  boolean cancel(long timerId);

  /** Virtual clocks move time forward and run every task that falls due, in order; real clocks fail. */
  Future<Void> advance(Duration by);

  /** True for the virtual clock used by tests. */
  boolean isVirtual();
}
