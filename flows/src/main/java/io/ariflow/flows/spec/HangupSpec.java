package io.ariflow.flows.spec;

import java.util.Objects;
import java.util.Set;

/**
 * Hangs the channel up and ends the run ({@code type: hangup}).
 *
 * @param common id, next, on, timeout, location
 * @param cause the ARI hangup reason (normal, busy, congestion, ...), checked at load time
 */
public record HangupSpec(StepCommon common, String cause) implements StepSpec {

  /** Rejects a null cause. */
  public HangupSpec {
    Objects.requireNonNull(cause, "cause");
  }

  @Override
  public String typeName() {
    return "hangup";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of();
  }

  @Override
  public boolean canEnd() {
    return true;
  }
}
