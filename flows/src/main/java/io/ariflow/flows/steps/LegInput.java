package io.ariflow.flows.steps;

/** What moves a dialled leg: Dial events, its channel going away, our timer and our decisions. */
public enum LegInput {
  /** Dial RINGING / PROGRESS / PROCEEDING. */
  RING,
  /** Dial ANSWER. */
  ANSWER,
  /** Dial BUSY, or the channel hung up with cause 17. */
  BUSY,
  /** create/dial refused, or Dial CONGESTION / CHANUNAVAIL / other failures. */
  FAIL,
  /** The per-target timer fired, or Dial NOANSWER. */
  TIMEOUT,
  /** The leg's channel hung up or left Stasis. */
  GONE,
  /** We hang it up (lost the race, or clean-up). */
  DROP,
  /** Bridged with the caller. */
  CONNECT,
  /** The callee refused screening. */
  REFUSE
}
