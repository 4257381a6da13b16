package io.ariflow.flows.steps.queue;

/** What happens to an offered agent leg; see {@link OfferLegTable}. */
public enum OfferLegInput {
  /** Dial RINGING / PROGRESS. */
  RING,
  /** Dial ANSWER. */
  ANSWER,
  /** The whisper ended and the agent confirmed (or nothing needed confirming). */
  CONFIRMED,
  /** The agent did not confirm (wrong key, silence). */
  DECLINED,
  /** Dial BUSY, or the leg hung up with cause 17. */
  BUSY,
  /** The leg could not be created or dialled (offline, congestion). */
  FAIL,
  /** The leg's channel hung up, left Stasis or was destroyed. */
  GONE,
  /** We hang the leg up. */
  DROP,
  /** The leg is in the caller's bridge. */
  CONNECT
}
