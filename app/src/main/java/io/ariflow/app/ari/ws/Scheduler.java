package io.ariflow.app.ari.ws;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the events connection sees it: the current instant and one-shot timers. Injected so that tests
 * drive pings, pong deadlines and reconnect delays on virtual time instead of sleeping.
 */
public interface Scheduler {
  /** The id {@link #cancel(long)} ignores, for "no timer pending". */
  long NO_TIMER = -1L;

  /** The current instant, used for "since when" in the connection status. */
  Instant now();

  /** Runs {@code task} once after {@code delay} on the caller's Vert.x context; returns an id for {@link #cancel}. */
  long schedule(Duration delay, Runnable task);

  /** Cancels a pending timer; unknown, fired or {@link #NO_TIMER} ids are ignored. */
  void cancel(long timerId);
}
