package io.ariflow.flows.spec;

import java.util.Optional;
import java.util.Set;

/**
 * Sends progress (early media) to the caller ({@code type: progress}).
 *
 * @param common id, next, on, timeout, location
 */
public record ProgressSpec(StepCommon common) implements StepSpec {

  @Override
  public String typeName() {
    return "progress";
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
