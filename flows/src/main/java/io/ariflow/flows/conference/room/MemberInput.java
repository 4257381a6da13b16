package io.ariflow.flows.conference.room;

/** What moves a member: its own actions, the room's decisions and the channel's events. */
public enum MemberInput {
  /** A wrong PIN with attempts left. */
  PIN_WRONG,
  /** Admitted to wait for a marked member. */
  ADMIT_WAITING,
  /** Admitted into the bridge. */
  ADMIT,
  /** Refused: locked, full, wrong PIN, role not allowed, or the room ended during the PIN. */
  REFUSE,
  /** A marked member arrived; the waiting member enters the bridge. */
  PROMOTE,
  /** The last marked member left; the member goes back to waiting. */
  DEMOTE,
  /** The member chose to leave (menu). */
  LEAVE,
  /** An admin or the engine kicked the member. */
  KICK,
  /** The room ended, or the last marked member left and the member ends with it. */
  END,
  /** The channel hung up or left Stasis. */
  HANG_UP,
  /** ChannelLeftBridge for the room's bridge. */
  LEFT_BRIDGE,
  /** An ending room stopped waiting for the member's ChannelLeftBridge. */
  FORGET
}
