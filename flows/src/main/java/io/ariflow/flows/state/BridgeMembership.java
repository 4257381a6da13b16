package io.ariflow.flows.state;

/**
 * How many bridges a channel is in. SWITCHING covers a move between bridges when ChannelEnteredBridge of the
 * new bridge arrives before ChannelLeftBridge of the old one.
 */
public enum BridgeMembership {
  UNBRIDGED,
  BRIDGED,
  SWITCHING
}
