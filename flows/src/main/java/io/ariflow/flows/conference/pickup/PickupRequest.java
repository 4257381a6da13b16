package io.ariflow.flows.conference.pickup;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone dialled a pickup code: take the call ringing at {@code target} (directed pickup) or any call ringing in
 * one of the picker's groups (group pickup, oldest first).
 *
 * @param pickerChannel the picker's channel, answered and in Stasis
 * @param pickerEndpoint who picks up as the call's owner reports it ({@code PJSIP/2002}: a queue writes it as the
 *     agent who answered)
 * @param pickerGroups the picker's pickup groups
 * @param target whose ringing call to take, or empty for any in the picker's groups
 */
public record PickupRequest(String pickerChannel, String pickerEndpoint, Set<String> pickerGroups,
    Optional<String> target) {

  /** Copies the groups and rejects nulls. */
  public PickupRequest {
    Objects.requireNonNull(pickerChannel, "pickerChannel");
    Objects.requireNonNull(pickerEndpoint, "pickerEndpoint");
    pickerGroups = Set.copyOf(pickerGroups);
    Objects.requireNonNull(target, "target");
  }

  /** A request whose picker is known only by its channel. */
  public PickupRequest(String pickerChannel, Set<String> pickerGroups, Optional<String> target) {
    this(pickerChannel, pickerChannel, pickerGroups, target);
  }
}
