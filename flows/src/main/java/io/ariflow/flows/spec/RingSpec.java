package io.ariflow.flows.spec;

import java.util.Optional;
import java.util.Set;

/**
 * Sends ringing to the caller; the channel stays ringing until answered ({@code type: ring}).
 *
 * @param common id, next, on, timeout, location
 */
public record RingSpec(StepCommon common) implements StepSpec {

  @Override
  public String typeName() {
    return "ring";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of(Outcomes.DONE);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(Outcomes.DONE);
  }
}
