package io.ariflow.flows.spec;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clears flow variables back to null ({@code type: unset}).
 *
 * @param common id, next, on, timeout, location
 * @param names the variables to clear
 */
public record UnsetSpec(StepCommon common, List<String> names) implements StepSpec {

  /** Copies the names. */
  public UnsetSpec {
    names = List.copyOf(names);
  }

  @Override
  public String typeName() {
    return "unset";
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
