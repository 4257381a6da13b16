package io.ariflow.flows.conference.originate;

import java.util.Locale;

/** How a click-to-call went, reported once: connected, handed to a flow, or why not. */
public enum ClickToCallOutcome {
  CONNECTED, FLOW_STARTED, A_BUSY, A_NO_ANSWER, A_FAILED, B_BUSY, B_NO_ANSWER, B_FAILED,
  /** A hung up while B was ringing. */
  A_HUNG_UP,
  /** The engine cancelled it before B answered. */
  CANCELLED;

  /** The outcome as flows and the API name it, e.g. {@code b-no-answer}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
