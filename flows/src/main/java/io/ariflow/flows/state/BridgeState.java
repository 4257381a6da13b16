package io.ariflow.flows.state;

/** A bridge's life as our application sees it; the member set is tracked beside it. */
public enum BridgeState {
  /** Created (POST /bridges answered, or BridgeCreated seen), nobody has entered yet. */
  CREATED,
  /** At least one channel is in the bridge. */
  ACTIVE,
  /** Had members, now has none; Asterisk keeps an empty Stasis bridge until it is deleted. */
  EMPTY,
  /** BridgeDestroyed seen, or the owner's DELETE succeeded or answered 404. */
  DESTROYED
}
