package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.Termination;

/** Where an outcome leads: another step, the end of the flow, or a failure the fallback handles. */
sealed interface Route {

  /** Go on with {@code stepId}. */
  record Next(String stepId) implements Route {
  }

  /** The flow ended as {@code termination} says. */
  record End(Termination termination) implements Route {
  }

  /** The caller left and there is nothing (more) to do for them. */
  record CallerLeft() implements Route {
  }

  /** The flow cannot go on: an unrouted error or timeout, or a target that does not exist. */
  record Fail(String reason) implements Route {
  }
}
