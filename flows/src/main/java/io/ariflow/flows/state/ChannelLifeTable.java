package io.ariflow.flows.state;

import static io.ariflow.flows.state.ChannelLife.DESTROYED;
import static io.ariflow.flows.state.ChannelLife.HUNG_UP;
import static io.ariflow.flows.state.ChannelLife.IN_STASIS;
import static io.ariflow.flows.state.ChannelLife.KNOWN;
import static io.ariflow.flows.state.ChannelLife.LEFT_STASIS;

/**
 * Legal changes of a channel's life, derived from the recorded traces. Self-rows are the tolerated repeats
 * the traces show: ChannelHangupRequest twice (once per subscription, or a soft then a hard request),
 * ChannelLeftBridge after StasisEnd or ChannelDestroyed (bridge topic racing the channel topic), events
 * for channels we still observe after StasisEnd, and snapshot-diff events (ChannelCallerId, ChannelDialplan)
 * that trail ChannelDestroyed with the same timestamp (conference-bridge, rest-errors).
 */
public final class ChannelLifeTable {

  /** The table. */
  public static final TransitionTable<ChannelLife, ChannelInput> TABLE =
      TransitionTable.builder("channel-life", ChannelLife.class, ChannelInput.class)
          .initial(KNOWN)
          .tolerate(ChannelInput.OBSERVED, KNOWN)
          .row(KNOWN, ChannelInput.STASIS_START, IN_STASIS)
          .row(KNOWN, ChannelInput.HANGUP_REQUESTED, HUNG_UP)
          .row(KNOWN, ChannelInput.DESTROYED, DESTROYED)
          .tolerate(ChannelInput.OBSERVED, IN_STASIS)
          .tolerate(ChannelInput.ENTERED_BRIDGE, IN_STASIS)
          .tolerate(ChannelInput.LEFT_BRIDGE, IN_STASIS)
          .row(IN_STASIS, ChannelInput.HANGUP_REQUESTED, ChannelLife.HANGUP_REQUESTED)
          .row(IN_STASIS, ChannelInput.STASIS_END, LEFT_STASIS)
          .tolerate(ChannelInput.OBSERVED, ChannelLife.HANGUP_REQUESTED)
          .tolerate(ChannelInput.LEFT_BRIDGE, ChannelLife.HANGUP_REQUESTED)
          .tolerate(ChannelInput.HANGUP_REQUESTED, ChannelLife.HANGUP_REQUESTED)
          .row(ChannelLife.HANGUP_REQUESTED, ChannelInput.STASIS_END, HUNG_UP)
          .tolerate(ChannelInput.OBSERVED, LEFT_STASIS)
          .tolerate(ChannelInput.LEFT_BRIDGE, LEFT_STASIS)
          .row(LEFT_STASIS, ChannelInput.STASIS_START, IN_STASIS)
          .row(LEFT_STASIS, ChannelInput.HANGUP_REQUESTED, HUNG_UP)
          .row(LEFT_STASIS, ChannelInput.DESTROYED, DESTROYED)
          .tolerate(ChannelInput.OBSERVED, HUNG_UP)
          .tolerate(ChannelInput.LEFT_BRIDGE, HUNG_UP)
          .tolerate(ChannelInput.HANGUP_REQUESTED, HUNG_UP)
          .row(HUNG_UP, ChannelInput.DESTROYED, DESTROYED)
          .tolerate(ChannelInput.OBSERVED, DESTROYED)
          .tolerate(ChannelInput.LEFT_BRIDGE, DESTROYED)
          .build();

  private ChannelLifeTable() {
  }
}
