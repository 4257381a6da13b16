package io.ariflow.flows.port;

import java.util.Objects;

/**
 * A {@link CallControl} command that Asterisk refused, classified by {@link FailureKind}. The app maps its
 * REST failures onto this; flows decide on the kind (a 404 after a hangup is a race, not an error). No stack
 * trace is captured: these are expected outcomes.
 */
public final class CallControlFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FailureKind kind;

  /** A failure of {@code kind}; {@code message} says which command on which object. */
  public CallControlFailure(FailureKind kind, String message) {
    this(kind, message, null);
  }

  /** As {@link #CallControlFailure(FailureKind, String)}, keeping the adapter's own failure as the cause. */
  public CallControlFailure(FailureKind kind, String message, Throwable cause) {
    super(kind + ": " + message, cause, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** The kind of refusal. */
  public FailureKind kind() {
    return kind;
  }

  /** Whether {@code failure} is a {@link CallControlFailure} of {@code kind}. */
  public static boolean is(Throwable failure, FailureKind kind) {
    return failure instanceof CallControlFailure refused && refused.kind == kind;
  }
}
