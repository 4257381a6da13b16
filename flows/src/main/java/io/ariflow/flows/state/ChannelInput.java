package io.ariflow.flows.state;

/**
 * What an ARI event means for one channel; produced by {@link ChannelSignals}. Bridge moves also drive the
 * channel's {@link BridgeMembership}.
 */
public enum ChannelInput {
  /** Any other event carrying the channel (state change, Dial, variables, DTMF...). */
  OBSERVED,
  STASIS_START,
  ENTERED_BRIDGE,
  LEFT_BRIDGE,
  HANGUP_REQUESTED,
  STASIS_END,
  DESTROYED;

  /** Whether the input changes bridge membership. */
  public boolean movesBridge() {
    return this == ENTERED_BRIDGE || this == LEFT_BRIDGE;
  }
}
