package io.ariflow.flows.conference.room;

import io.ariflow.flows.state.TransitionTable;

/**
 * The talking overlay of a member. Repeats are tolerated: talk detection keeps running on a channel whatever the
 * room does, and the conference-bridge trace shows a ChannelTalkingStarted right after the channel left the bridge.
 */
public final class TalkTable {

  /** The table. */
  public static final TransitionTable<TalkState, TalkInput> TABLE =
      TransitionTable.builder("conference-talk", TalkState.class, TalkInput.class)
          .initial(TalkState.SILENT)
          .row(TalkState.SILENT, TalkInput.STARTED, TalkState.TALKING)
          .row(TalkState.TALKING, TalkInput.FINISHED, TalkState.SILENT)
          .tolerate(TalkInput.STARTED, TalkState.TALKING)
          .tolerate(TalkInput.FINISHED, TalkState.SILENT)
          .build();

  private TalkTable() {
  }
}
