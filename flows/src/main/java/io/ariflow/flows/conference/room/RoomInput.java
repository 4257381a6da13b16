package io.ariflow.flows.conference.room;

/** What moves a room; derived by the room from its members after each message, never taken from outside. */
public enum RoomInput {
  /** A member was admitted and waits for a marked member. */
  ADMIT_WAITING,
  /** A member was admitted into the bridge. */
  ADMIT_ACTIVE,
  /** A member left and others remain, some of them in the bridge (or all waiting, if the room was waiting). */
  MEMBER_LEFT,
  /** The last member in the bridge left (or was sent back to wait); only waiting members remain. */
  ACTIVE_GONE,
  /** The last member left. */
  LAST_LEFT,
  /** The room is to end: an operation, an admin, or the last marked member leaving with end-when-marked-leaves. */
  END,
  /** An ending room has no member left in the bridge (or the drain timeout fired). */
  DRAINED,
  /** Everyone who tried to enter an empty room gave up (hung up during the PIN, or was refused). */
  ABANDONED
}
