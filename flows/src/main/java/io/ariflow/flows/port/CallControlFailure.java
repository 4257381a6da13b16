package io.ariflow.flows.port;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@link CallControl} command that Asterisk refused, classified by {@link FailureKind}. The app maps its
 * REST failures onto this; flows decide on the kind (a 404 after a hangup is a race, not an error) and on
 * the {@link #subject()}: a 404 about a dialled leg, a finished playback or a bridge says nothing about the
 * caller. No stack trace is captured: these are expected outcomes.
 */
public final class CallControlFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FailureKind kind;
  private final String detail;
  private final String subject;

  /** A failure of {@code kind}; {@code message} says which command on which object. */
  public CallControlFailure(FailureKind kind, String message) {
    this(kind, message, null);
  }

  /** As {@link #CallControlFailure(FailureKind, String)}, keeping the adapter's own failure as the cause. */
  public CallControlFailure(FailureKind kind, String message, Throwable cause) {
    this(kind, message, cause, null);
  }

  private CallControlFailure(FailureKind kind, String message, Throwable cause, String subject) {
    super(kind + ": " + message, cause, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.detail = message;
    this.subject = subject;
  }

  /** The kind of refusal. */
  public FailureKind kind() {
    return kind;
  }

  /** The id of the channel, bridge, playback or recording the refused command was about, when known. */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** The same failure, saying the command was about {@code subjectId}. */
  public CallControlFailure about(String subjectId) {
    return new CallControlFailure(kind, detail, getCause(), Objects.requireNonNull(subjectId, "subjectId"));
  }

  /** Whether {@code failure} is a {@link CallControlFailure} of {@code kind}. */
  public static boolean is(Throwable failure, FailureKind kind) {
    return failure instanceof CallControlFailure refused && refused.kind == kind;
  }
}
