package io.ariflow.flows.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Time for flows: the current instant and one-shot timers. The app implements it with {@code vertx.setTimer}
 * on the call's context; tests advance a virtual clock, so no test waits for real time.
 */
public interface Timers {

  /** The current instant. */
  Instant now();

  /** Runs {@code action} once after {@code delay} on the call's context; the handle cancels it. */
  TimerHandle schedule(Duration delay, Runnable action);
}
