package io.ariflow.app.pickup;

import io.ariflow.flows.conference.pickup.PickupOutcome;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.ariflow.flows.port.PickupAttempt;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One picker's claim on a ringing call while the host carries it out: the channels it follows, the answer the
 * picker's step waits for and the end of the conversation.
 */
final class Claim {

  private final RingingCall call;
  private final String picker;
  private final Promise<PickupAttempt> answer = Promise.promise();
  private final Promise<Void> ended = Promise.promise();
  private final Set<String> inBridge = new HashSet<>();

  Claim(RingingCall call, String picker) {
    this.call = call;
    this.picker = picker;
  }

  RingingCall call() {
    return call;
  }

  String picker() {
    return picker;
  }

  /** The caller's or the picker's channel, as the pickup's events name them. */
  boolean isCaller(String channelId) {
    return call.callerChannel().equals(channelId);
  }

  /** {@code channelId} entered the pickup's bridge; true once the caller and the picker both have. */
  boolean entered(String channelId) {
    inBridge.add(channelId);
    return inBridge.contains(call.callerChannel()) && inBridge.contains(picker);
  }

  Future<PickupAttempt> answer() {
    return answer.future();
  }

  /** The picker's outcome is known: with the call when picked up, without it otherwise. */
  void settle(PickupOutcome outcome) {
    Optional<RingingCall> taken = outcome == PickupOutcome.PICKED_UP ? Optional.of(call) : Optional.empty();
    answer.tryComplete(new PickupAttempt(outcome, taken, ended.future()));
  }

  /** The host could not carry the claim out. */
  void fail(Throwable failure) {
    answer.tryFail(failure);
  }

  /** The conversation is over (or never began). */
  void end() {
    ended.tryComplete();
  }
}
