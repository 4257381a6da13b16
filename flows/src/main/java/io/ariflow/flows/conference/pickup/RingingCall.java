package io.ariflow.flows.conference.pickup;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A call ringing somewhere that another endpoint may answer instead, registered by its owner (the dial step or the
 * queue) while it rings.
 *
 * @param callId the owner's id for the call, used to tell it the call was picked up
 * @param callerChannel the waiting caller
 * @param ringingLegs the outbound channels ringing (hung up when someone picks up)
 * @param source queue offer or dial
 * @param targets the names a directed pickup may use for what rings: the dialled endpoints, or the offered agent's
 *     id and endpoint
 * @param pickupGroups the groups allowed to pick it up
 * @param callerAnswered whether the caller's channel is already answered (a queue caller is; a dialling one may
 *     not be)
 */
public record RingingCall(String callId, String callerChannel, List<String> ringingLegs, RingSource source,
    Set<String> targets, Set<String> pickupGroups, boolean callerAnswered) {

  /** Copies the collections and rejects nulls. */
  public RingingCall {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(callerChannel, "callerChannel");
    ringingLegs = List.copyOf(ringingLegs);
    Objects.requireNonNull(source, "source");
    targets = Set.copyOf(targets);
    pickupGroups = Set.copyOf(pickupGroups);
  }

  /** Whether a directed pickup of {@code target} means this call. */
  public boolean ringsAt(String target) {
    return targets.contains(target);
  }
}
