package io.ariflow.app.flowtest;

import java.util.Objects;

/**
 * How a tested call actually ended.
 *
 * @param kind the kind of end
 * @param detail the cause, the dialplan location, the transfer target or the failure reason; may be empty
 */
public record Outcome(OutcomeKind kind, String detail) {

  /** Rejects missing parts. */
  public Outcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** The end in words, as reports print it: {@code transferred to 104}, {@code hung up by the flow (busy)}. */
  public String describe() {
    return switch (kind) {
      case CALLER_HANGUP -> "caller hung up";
      case HANGUP -> "hung up by the flow" + (detail.isEmpty() ? "" : " (" + detail + ")");
      case CONTINUE -> "continued in the dialplan" + (detail.isEmpty() ? "" : " at " + detail);
      case TRANSFERRED -> "transferred" + (detail.isEmpty() ? "" : " to " + detail);
      case FAILED -> "failed" + (detail.isEmpty() ? "" : ": " + detail);
      case CANCELLED -> "cancelled" + (detail.isEmpty() ? "" : ": " + detail);
      case STILL_RUNNING -> "still running" + (detail.isEmpty() ? "" : " " + detail);
    };
  }
}
