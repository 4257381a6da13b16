package io.ariflow.flows.queue.engine;

/** Where one caller is in a queue's life, from joining to leaving; terminal states remove the entry. */
public enum EntryState {
  /** In the queue, not being offered (first wait, or retry delay after an unanswered offer). */
  WAITING(true),
  /** In the queue while one or more agents ring for this caller. */
  RINGING(true),
  /** Asked for a callback and hung up: keeps its place, offline. */
  CALLBACK_WAITING(true),
  /** An agent rings for a callback. */
  CALLBACK_RINGING(true),
  /** The agent answered; the caller is being dialled back. */
  CALLBACK_DIALING(true),
  /** Talking to an agent: out of the queue, tracked until the call ends. */
  CONNECTED(false),
  /** The connected call ended. */
  COMPLETED(false),
  /** Hung up while waiting or ringing. */
  ABANDONED(false),
  /** Left with an exit key. */
  EXITED(false),
  /** Waited longer than the maximum wait: overflow. */
  TIMED_OUT(false),
  /** The queue became empty under the leave-when-empty rule: overflow. */
  LEFT_EMPTY(false),
  /** The callback could not reach the caller after the allowed attempts. */
  CALLBACK_FAILED(false);

  private final boolean queued;

  EntryState(boolean queued) {
    this.queued = queued;
  }

  /** Whether the caller holds a position in the queue (counts as waiting). */
  public boolean queued() {
    return queued;
  }

  /** Whether the entry's life is over. */
  public boolean terminal() {
    return !queued && this != CONNECTED;
  }

  /** Whether the caller is offline (a callback). */
  public boolean callback() {
    return this == CALLBACK_WAITING || this == CALLBACK_RINGING || this == CALLBACK_DIALING;
  }
}
