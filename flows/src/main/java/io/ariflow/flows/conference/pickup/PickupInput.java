package io.ariflow.flows.conference.pickup;

/** What moves a pickup: a picker's claim, the bridge being done, and the parties' events. */
public enum PickupInput {
  /** A picker claims the call. */
  PICK,
  /** Caller and picker are in the pickup bridge. */
  BRIDGED,
  /** A rung leg answered (Dial ANSWER). */
  LEG_ANSWERED,
  /** The caller hung up. */
  CALLER_GONE,
  /** The picker hung up. */
  PICKER_GONE,
  /** The owner stopped ringing (its timeout, the queue moved on). */
  WITHDRAWN
}
