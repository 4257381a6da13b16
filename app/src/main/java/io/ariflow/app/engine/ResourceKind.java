package io.ariflow.app.engine;

/**
 * The kinds of ARI object a call can claim before creating it (see {@link CallSession#claim}). The kind
 * tells the reconciliation how to find out whether an object outlived a lost connection, and which end
 * event to stand in for when it did not.
 */
public enum ResourceKind {
  /** A channel we create (a dialled leg); ends with ChannelDestroyed or StasisEnd. */
  CHANNEL,
  /** A bridge we create; ends with BridgeDestroyed. */
  BRIDGE,
  /** A playback we start; ends with PlaybackFinished. */
  PLAYBACK,
  /** A live recording we start, by name; ends with RecordingFinished or RecordingFailed. */
  RECORDING
}
