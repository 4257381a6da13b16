package io.ariflow.flows.conference.spec;

import io.ariflow.flows.conference.command.CallerId;
import java.time.Duration;
import java.util.Objects;

/**
 * How an admin's "add participant" code turns the digits entered into a call: the endpoint template with
 * {@code {digits}}, how long it may ring and the caller id the participant sees.
 *
 * @param endpoint e.g. {@code PJSIP/{digits}}
 * @param timeout ring time before giving up
 * @param callerId shown to the participant
 */
public record DialOutPlan(String endpoint, Duration timeout, CallerId callerId) {

  /** The placeholder replaced by the digits entered. */
  public static final String DIGITS = "{digits}";

  /** Rejects nulls. */
  public DialOutPlan {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(callerId, "callerId");
  }

  /** The endpoint for {@code digits}. */
  public String endpointFor(String digits) {
    return endpoint.replace(DIGITS, digits);
  }
}
