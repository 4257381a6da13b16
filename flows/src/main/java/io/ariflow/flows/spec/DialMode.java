package io.ariflow.flows.spec;

/** How a {@code dial} step rings several targets. */
public enum DialMode {
  /** All at once; the first to answer wins, the others are hung up. */
  SIMULTANEOUS,
  /** One after another, each for the per-target timeout. */
  SEQUENTIAL
}
