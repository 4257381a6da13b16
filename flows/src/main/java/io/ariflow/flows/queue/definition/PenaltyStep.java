package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One line of an app_queue penalty rule ({@code queuerules.conf} {@code penaltychange}), with absolute values
 * only: once a caller has waited {@code after}, the members they may reach are limited to this penalty window.
 *
 * @param after how long the caller must have waited
 * @param maxPenalty the highest member penalty allowed from then on, if set
 * @param minPenalty the lowest member penalty allowed from then on, if set
 */
public record PenaltyStep(Duration after, OptionalInt maxPenalty, OptionalInt minPenalty) {

  /** Rejects nulls. */
  public PenaltyStep {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(maxPenalty, "maxPenalty");
    Objects.requireNonNull(minPenalty, "minPenalty");
  }

  /** After {@code after}, allow members up to {@code max}. */
  public static PenaltyStep widenTo(Duration after, int max) {
    return new PenaltyStep(after, OptionalInt.of(max), OptionalInt.empty());
  }
}
