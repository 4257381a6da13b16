package io.ariflow.flows.state;

/**
 * What an event (or the owner) means for one bridge; produced by {@link BridgeSignals}, except LAST_LEFT,
 * which the machine derives from its member set, and DELETED, which only the owner supplies.
 */
public enum BridgeInput {
  /** BridgeCreated. */
  ANNOUNCED,
  /** ChannelEnteredBridge. */
  ENTERED,
  /** ChannelLeftBridge while other members remain. */
  LEFT,
  /** ChannelLeftBridge of the last member. */
  LAST_LEFT,
  /** BridgeMerged naming this bridge; members then move through ChannelLeftBridge / ChannelEnteredBridge. */
  MERGED,
  /** BridgeBlindTransfer or BridgeAttendedTransfer naming this bridge. */
  TRANSFERRED,
  /** BridgeDestroyed. */
  DESTROYED,
  /** The owner's DELETE /bridges/{id} answered 204 or 404; BridgeDestroyed may never come. */
  DELETED
}
