package io.ariflow.flows.port;

/** A scheduled timer that can still be cancelled. */
@FunctionalInterface
public interface TimerHandle {

  /** Cancels the timer; returns false when it already fired or was cancelled. */
  boolean cancel();
}
