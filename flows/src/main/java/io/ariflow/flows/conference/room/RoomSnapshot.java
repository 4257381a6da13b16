package io.ariflow.flows.conference.room;

import java.util.List;
import java.util.Optional;

/**
 * A room as listings show it, copied out of its owner: state, overlays and the members present.
 *
 * @param name the room name
 * @param bridgeId its bridge
 * @param state the room state
 * @param locked whether it is locked
 * @param recording the live recording's name, if recording
 * @param participantsMuted whether non-admins are muted as a group
 * @param members the members present (waiting or in the bridge), by seat
 */
public record RoomSnapshot(String name, String bridgeId, RoomState state, boolean locked, Optional<String> recording,
    boolean participantsMuted, List<MemberView> members) {

  /** Copies the members. */
  public RoomSnapshot {
    members = List.copyOf(members);
  }
}
