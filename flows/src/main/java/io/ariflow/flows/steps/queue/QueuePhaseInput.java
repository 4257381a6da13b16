package io.ariflow.flows.steps.queue;

/** What moves the caller's phase; see {@link QueuePhaseTable}. */
public enum QueuePhaseInput {
  /** The queue accepted the caller (Joined). */
  JOINED,
  /** The queue sent the caller on (Overflow: timeout, full, empty). */
  OVERFLOW,
  /** The caller pressed an exit key. */
  EXIT_KEY,
  /** The caller pressed the callback key. */
  CALLBACK_KEY,
  /** The callback entry was abandoned (nothing entered, not confirmed); the caller waits on. */
  CAPTURE_DROPPED,
  /** The queue registered the callback (CallbackAccepted). */
  CALLBACK_ACCEPTED,
  /** The queue connected the caller with an agent (Connect). */
  CONNECT,
  /** Caller and agent are in one bridge. */
  BRIDGED,
  /** The agent hung up the connected call. */
  AGENT_LEFT,
  /** The bridge could not be built. */
  FAILED
}
