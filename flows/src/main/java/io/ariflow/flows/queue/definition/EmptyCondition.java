package io.ariflow.flows.queue.definition;

/**
 * One reason a member does not count as "there" when app_queue's {@code joinempty} / {@code leavewhenempty}
 * rules are evaluated. A queue is empty for a caller when every logged-in member is excluded by at least one
 * of the configured conditions; with no conditions configured the queue is never empty.
 */
public enum EmptyCondition {
  /** The member's penalty is outside the caller's window, or the member lacks a skill the caller needs. */
  PENALTY,
  /** The member is paused. */
  PAUSED,
  /** The member is on a call (ours or another one its device reports). */
  INUSE,
  /** The member is being rung. */
  RINGING,
  /** The member's device is unavailable (unregistered, endpoint offline). */
  UNAVAILABLE,
  /** The member's device is invalid (no such device). */
  INVALID,
  /** The member's device state is unknown. */
  UNKNOWN,
  /** The member is in wrap-up after a call. */
  WRAPUP
}
