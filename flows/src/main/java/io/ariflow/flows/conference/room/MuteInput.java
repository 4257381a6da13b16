package io.ariflow.flows.conference.room;

/** A change of a member's effective mute, after combining its own choice with a moderator's. */
public enum MuteInput {
  MUTE, UNMUTE
}
