package io.ariflow.flows.queue.engine;

/** What can happen to a queue entry; each is a column of {@link EntryTable}. */
public enum EntryInput {
  /** Agents are rung for the entry. */
  OFFER,
  /** An agent answered. */
  ANSWER,
  /** Every agent rung refused or rang out. */
  NO_ANSWER,
  /** The caller hung up. */
  HANGUP,
  /** The caller pressed an exit key. */
  EXIT_KEY,
  /** The caller waited the maximum time. */
  MAX_WAIT,
  /** The queue is empty under the leave-when-empty rule. */
  EMPTY,
  /** The caller asked to be called back. */
  CALLBACK_REQUESTED,
  /** The callback leg to the caller answered. */
  CALLER_ANSWERED,
  /** The callback leg to the caller failed. */
  CALLER_UNREACHED,
  /** No more callback attempts. */
  GIVE_UP,
  /** The connected call ended. */
  CALL_ENDED
}
