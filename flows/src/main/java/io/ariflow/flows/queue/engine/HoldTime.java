package io.ariflow.flows.queue.engine;

/**
 * The queue's estimated hold time, app_queue's exponential average of real waits:
 * {@code holdtime = (holdtime * 3 + new) / 4} in whole seconds, updated when a caller is answered. It starts
 * at zero, so the first answer counts for a quarter, as in app_queue.
 */
final class HoldTime {

  private long seconds;

  /** Folds in a caller answered after {@code waitedSeconds}. */
  void record(long waitedSeconds) {
    seconds = ((seconds << 2) - seconds + waitedSeconds) >> 2;
  }

  long seconds() {
    return seconds;
  }
}
