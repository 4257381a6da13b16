package io.ariflow.flows.port;

import io.ariflow.flows.conference.pickup.PickupOutcome;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.vertx.core.Future;
import java.util.Objects;
import java.util.Optional;

/**
 * A picker's answer: the outcome, the call it took, and when the conversation with its caller is over.
 *
 * @param outcome picked up, or why not
 * @param call the call taken, when picked up
 * @param ended completes when the caller left or the bridge went away; completed already when not picked up
 */
public record PickupAttempt(PickupOutcome outcome, Optional<RingingCall> call, Future<Void> ended) {

  /** Rejects nulls. */
  public PickupAttempt {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(ended, "ended");
  }

  /** An attempt that took nothing. */
  public static PickupAttempt without(PickupOutcome outcome) {
    return new PickupAttempt(outcome, Optional.empty(), Future.succeededFuture());
  }
}
