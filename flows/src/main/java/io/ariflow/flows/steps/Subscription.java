package io.ariflow.flows.steps;

/** A listener registered with the run's events; closing it twice is harmless. */
@FunctionalInterface
public interface Subscription {

  /** Stops delivering events to the listener. */
  void close();
}
