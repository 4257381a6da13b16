package io.ariflow.flows.steps.queue;

/** Where the caller is in the queue step; see {@link QueuePhaseTable}. */
public enum QueuePhase {
  /** Asking to join. */
  JOINING,
  /** In the queue: music, announcements, exit and callback keys (agents may be ringing meanwhile). */
  WAITING,
  /** Entering a callback number, still holding their place. */
  CAPTURING,
  /** An agent took the call: caller and agent are being bridged. */
  BRIDGING,
  /** Talking to the agent. */
  BRIDGED,
  /** The step is over for the queue (overflow, exit, callback, call ended). */
  DONE
}
