package io.ariflow.flows.conference.spec;

/**
 * What the room hears when someone joins or leaves: nothing, a short tone, or the member's recorded name followed
 * by "has joined" / "has left" (ConfBridge's announce_join_leave).
 */
public enum JoinLeaveAnnouncement {
  NONE, TONE, NAME
}
