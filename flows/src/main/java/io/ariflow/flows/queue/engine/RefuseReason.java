package io.ariflow.flows.queue.engine;

/** Why an offered agent's leg ended before answering, as the step saw it. */
public enum RefuseReason {
  /** The device was busy. */
  BUSY,
  /** The agent declined the call. */
  REJECTED,
  /** The endpoint could not be reached (offline, congestion, failure). */
  UNREACHABLE,
  /** The agent's leg hung up during the offer (agent hangup while ringing, or after a whisper). */
  HUNG_UP
}
