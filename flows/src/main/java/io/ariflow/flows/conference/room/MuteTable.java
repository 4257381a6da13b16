package io.ariflow.flows.conference.room;

import io.ariflow.flows.state.TransitionTable;

/**
 * The mute overlay of a member. Only effective changes are inputs: a member muted by a moderator who presses
 * "toggle mute" stays MUTED, so no row is needed for repeats.
 */
public final class MuteTable {

  /** The table. */
  public static final TransitionTable<MuteState, MuteInput> TABLE =
      TransitionTable.builder("conference-mute", MuteState.class, MuteInput.class)
          .initial(MuteState.UNMUTED)
          .row(MuteState.UNMUTED, MuteInput.MUTE, MuteState.MUTED)
          .row(MuteState.MUTED, MuteInput.UNMUTE, MuteState.UNMUTED)
          .build();

  private MuteTable() {
  }
}
