package io.ariflow.flows.steps;

import java.util.Map;

/**
 * How a flow ended: a sub-flow as its {@code call} step sees it, or the flow Stasis() started as the run sees it.
 */
public sealed interface FlowEnd {

  /**
   * The flow reached a {@code return} step.
   *
   * @param values the returned values
   */
  record Returned(Map<String, Object> values) implements FlowEnd {
    /** Copies the values. */
    public Returned {
      values = Results.copy(values);
    }
  }

  /**
   * The flow ended the whole run (hangup, continue, finished transfer).
   *
   * @param termination how
   */
  record Ended(Termination termination) implements FlowEnd {
  }

  /** The caller hung up and the flow had nothing more to do. */
  record CallerHungUp() implements FlowEnd {
  }

  /**
   * The flow failed (an unrouted error or timeout, a missing target, the loop guard); a calling step
   * produces {@code error}, the run applies the fallback.
   *
   * @param reason what failed, with the step and its place in the file
   */
  record Failed(String reason) implements FlowEnd {
  }
}
