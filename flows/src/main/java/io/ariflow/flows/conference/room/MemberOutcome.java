package io.ariflow.flows.conference.room;

import java.util.Locale;

/**
 * How a member's time in a room ended, as the conference step reports it to its flow: the first three after being
 * in the room, the rest are refusals at the door.
 */
public enum MemberOutcome {
  /** The member left with the menu. */
  LEFT,
  /** The caller hung up. */
  HUNG_UP,
  /** An admin or the engine kicked the member. */
  KICKED,
  /** The room ended (ended by an admin or the engine, or its last marked member left). */
  ROOM_ENDED,
  /** The room is locked. */
  LOCKED,
  /** The room is full. */
  FULL,
  /** Too many wrong PINs. */
  WRONG_PIN,
  /** The room has no profile for the caller's role. */
  NOT_ALLOWED,
  /** No declaration covers the room name. */
  NO_SUCH_ROOM;

  /** The outcome as flows name it, e.g. {@code room-ended}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
