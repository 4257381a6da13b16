package io.ariflow.sim.core;

/**
 * What kind of channel it is, which decides naming and how it ends: Local ;1 halves created through ARI
 * get ChannelDestroyed, dialplan-side channels (PJSIP, Local ;2) fall back to the dialplan after Stasis.
 */
public enum ChannelKind {
  PJSIP,
  LOCAL_1,
  LOCAL_2,
  SNOOP,
  PSEUDO;

  /** Channels that return to their dialplan when they leave Stasis. */
  public boolean dialplanSide() {
    return this == PJSIP || this == LOCAL_2;
  }
}
