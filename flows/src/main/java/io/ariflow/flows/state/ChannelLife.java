package io.ariflow.flows.state;

/**
 * A channel's life as our application sees it, independent of bridge membership (tracked separately
 * because bridge events and channel events travel on different Asterisk topics and may cross).
 */
public enum ChannelLife {
  /** Seen (created, dialled, the other half of a Local pair) but not in our Stasis application. */
  KNOWN,
  /** In our Stasis application and not hung up: commands are possible. */
  IN_STASIS,
  /** Still in Stasis, but a hangup was requested: StasisEnd will follow. */
  HANGUP_REQUESTED,
  /** Left Stasis without a hangup (continue, whisper channel of a target that hung up); may live on. */
  LEFT_STASIS,
  /** Hung up and out of Stasis (or hung up without ever entering it); ChannelDestroyed may still come. */
  HUNG_UP,
  /** ChannelDestroyed seen: the channel no longer exists. */
  DESTROYED
}
