package io.ariflow.flows.steps;

/** What moves a dial from one {@link DialPhase} to another. */
public enum DialPhaseInput {
  /** The first callee answered. */
  WINNER,
  /** The callee accepted (or there was nothing to confirm). */
  CONFIRMED,
  /** The callee refused screening or left before being bridged. */
  REFUSED,
  /** Both are in the bridge. */
  BRIDGED,
  /** Every target ended without a connected callee. */
  EXHAUSTED,
  /** The connected callee hung up. */
  CALLEE_LEFT,
  /** A command failed while connecting. */
  FAILED,
  /** A picker claimed the ringing call (pickup). */
  PICKED,
  /** The picked-up conversation is over (the picker left). */
  PICKUP_ENDED
}
