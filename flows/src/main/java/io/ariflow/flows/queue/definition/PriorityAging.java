package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.Objects;

/**
 * How a waiting call's priority rises with time, so low-priority calls are not starved: every
 * {@code interval} waited adds {@code step}, up to {@code maxBoost}. Callers are served by effective
 * priority, then by arrival.
 *
 * @param interval the waiting time that earns one step
 * @param step the priority added per interval; zero disables aging
 * @param maxBoost the most aging may add
 */
public record PriorityAging(Duration interval, int step, int maxBoost) {

  /** Rejects nulls. */
  public PriorityAging {
    Objects.requireNonNull(interval, "interval");
  }

  /** No aging: priorities stay as joined (app_queue's behaviour). */
  public static PriorityAging none() {
    return new PriorityAging(Duration.ofSeconds(60), 0, 0);
  }

  /** Whether aging is enabled. */
  public boolean enabled() {
    return step > 0 && !interval.isZero() && !interval.isNegative();
  }

  /** The boost earned after waiting {@code waited}. */
  public int boost(Duration waited) {
    if (!enabled() || waited.isNegative()) {
      return 0;
    }
    long steps = waited.toMillis() / interval.toMillis();
    return (int) Math.min((long) maxBoost, steps * step);
  }
}
