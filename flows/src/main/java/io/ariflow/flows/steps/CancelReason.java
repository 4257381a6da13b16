package io.ariflow.flows.steps;

/** Why a running step was cancelled. */
public enum CancelReason {
  /** The caller hung up (or left Stasis). */
  HANGUP,
  /** The step's own {@code timeout} elapsed. */
  TIMEOUT,
  /** The run was cancelled from outside (shutdown, the loop guard, a failure elsewhere). */
  RUN_CANCELLED,
  /** The step itself broke (a listener it registered threw): it is stopped and ends with {@code error}. */
  FAILED
}
