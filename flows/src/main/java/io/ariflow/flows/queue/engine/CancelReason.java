package io.ariflow.flows.queue.engine;

/** Why the step must hang up agent legs it is ringing (or has just bridged too late). */
public enum CancelReason {
  /** Another agent answered first (ringall). */
  ANSWERED_ELSEWHERE,
  /** The caller hung up, pressed an exit key, or asked for a callback. */
  CALLER_LEFT,
  /** The offer rang for the ring timeout without an answer. */
  RING_TIMEOUT,
  /** The caller reached the maximum wait while the agents rang. */
  QUEUE_TIMEOUT,
  /** The agent answered after the offer was withdrawn: hang its leg up. */
  TOO_LATE,
  /** The callback leg to the caller failed: release the waiting agent. */
  CALLBACK_UNREACHED
}
