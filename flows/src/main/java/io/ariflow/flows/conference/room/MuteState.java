package io.ariflow.flows.conference.room;

/** Whether the others hear a member (ARI mute, direction in). */
public enum MuteState {
  UNMUTED, MUTED
}
