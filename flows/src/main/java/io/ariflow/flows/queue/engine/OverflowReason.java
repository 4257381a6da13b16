package io.ariflow.flows.queue.engine;

/** Why a caller leaves for the flow's overflow route (the step's outcomes timeout, full, noagents). */
public enum OverflowReason {
  /** Waited the maximum time. */
  TIMEOUT,
  /** The queue was full at join (maxLen). */
  FULL,
  /** No member counted at join under the join-empty rule. */
  JOIN_EMPTY,
  /** No member counted any more under the leave-when-empty rule. */
  LEAVE_EMPTY
}
