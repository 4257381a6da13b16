package io.ariflow.flows.runtime;

/** What moves a run from one {@link RunState} to another. */
public enum RunInput {
  /** {@code start()} was called. */
  START,
  /** A step finished and its outcome was routed to another step. */
  STEP_DONE,
  /** The caller's channel hung up or left Stasis. */
  CALLER_HANGUP,
  /** The flow ended (terminal step, unrouted hangup, top-level return). */
  FLOW_END,
  /** A step failed without a route (error, timeout, missing target, loop guard). */
  STEP_FAILED,
  /** The fallback was applied. */
  FALLBACK_DONE,
  /** The run was cancelled from outside. */
  CANCEL
}
