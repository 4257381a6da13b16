package io.ariflow.flows.port;

import io.ariflow.flows.conference.pickup.PickupRequest;
import io.ariflow.flows.conference.pickup.RingingCall;
import io.vertx.core.Future;

/**
 * Call pickup as steps reach it: a dial or a queue offers the call it rings while it rings, a {@code pickup} step
 * asks for one. The host owns the one pickup board of the engine, carries out what a claim decides (legs hung up,
 * caller answered and bridged with the picker) and tells both sides when their conversation is over.
 */
public interface PickupPort {

  /** Offers {@code call} until the owner withdraws it or a picker claims it. */
  PickupOffer offer(RingingCall call);

  /**
   * A picker asks for a ringing call; completes once the outcome is settled (bridged with the caller, or why not).
   * Fails only when the host cannot carry the claim out at all.
   */
  Future<PickupAttempt> pick(PickupRequest request);

  /** The picker's step ended while it talks (its timeout): the conversation ends, the picker stays up. */
  void leave(String pickerChannel);
}
