package io.ariflow.app.config;

/**
 * What the engine does with a channel that is still in our Stasis application after a reconnect or a
 * restart, but whose handling was lost: nobody may be left in dead air.
 */
public enum LostChannelPolicy {
  /** Send the channel back to the dialplan at the priority after Stasis(). */
  CONTINUE,
  /** Hang the channel up now (cause normal clearing). */
  HANGUP
}
