package io.ariflow.flows.state;

/**
 * Thrown by {@link Outcome#orThrow()} for callers that treat an illegal transition as a bug rather than a
 * value to log; carries the full report.
 */
public final class IllegalTransitionException extends IllegalStateException {

  private final transient IllegalTransition transition;

  /** Wraps {@code transition}; the message includes the history. */
  public IllegalTransitionException(IllegalTransition transition) {
    super(transition.describe());
    this.transition = transition;
  }

  /** The refused transition with its history. */
  public IllegalTransition transition() {
    return transition;
  }
}
