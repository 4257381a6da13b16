package io.ariflow.flows.conference.supervision;

import java.util.Locale;

/** How a supervision session ended, as the supervisor's step reports it to its flow. */
public enum SupervisionOutcome {
  /** The supervisor or the engine stopped it. */
  STOPPED,
  /** The supervised call ended. */
  CALL_ENDED,
  /** The supervisor hung up. */
  SUPERVISOR_LEFT,
  /** The snoop could not be made. */
  FAILED,
  /** The policy refused it. */
  REFUSED;

  /** The outcome as flows name it, e.g. {@code call-ended}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
