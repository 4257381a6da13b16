package io.ariflow.flows.conference.supervision;

/** What a supervision policy says about one request. */
public sealed interface PolicyVerdict permits PolicyVerdict.Allowed, PolicyVerdict.Denied {

  /** The request may proceed. */
  record Allowed() implements PolicyVerdict {
  }

  /**
   * The request is refused; no snoop is made.
   *
   * @param reason why, for the supervisor's outcome and the logs
   */
  record Denied(String reason) implements PolicyVerdict {
  }
}
