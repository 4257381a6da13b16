package io.ariflow.flows.runtime;

/** Where a run is in its life; see {@link RunTable} for the legal changes. */
public enum RunState {
  /** Built, not started. */
  NEW,
  /** Executing steps with the caller on the line. */
  RUNNING,
  /** The caller hung up; steps routed from {@code hangup} may still run (no audio, no input). */
  CALLER_GONE,
  /** A step failed without a route; the flow's fallback is being applied. */
  FALLING_BACK,
  /** The run ended the way the flow intended (or the caller left). */
  ENDED,
  /** The run failed; the fallback was applied. */
  FAILED
}
