package io.ariflow.flows.steps;

/**
 * Fails every wait a step made through its context when the step is cancelled, so the step's future chain
 * unwinds through its {@code eventually} clean-ups. Expected, so no stack trace is captured.
 */
public final class StepCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final CancelReason reason;

  /** Cancellation for {@code reason}. */
  public StepCancelledException(CancelReason reason) {
    super("step cancelled: " + reason, null, false, false);
    this.reason = reason;
  }

  /** Why the step was cancelled. */
  public CancelReason reason() {
    return reason;
  }
}
