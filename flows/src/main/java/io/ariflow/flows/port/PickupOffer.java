package io.ariflow.flows.port;

import io.vertx.core.Future;

/** A ringing call on the pickup board, as its owner (a dial, a queue offer) holds it. */
public interface PickupOffer {

  /** Completes when a picker claimed the call; the host is then hanging the rung legs up. Never fails. */
  Future<PickupClaim> claimed();

  /** Completes when the picked-up conversation is over (the picker left, or the bridge could not be made). */
  Future<Void> ended();

  /** Takes the call off the board (a leg answered, the caller left, the ringing stopped); harmless twice. */
  void withdraw();
}
