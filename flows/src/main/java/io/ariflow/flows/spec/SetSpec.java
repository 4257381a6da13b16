package io.ariflow.flows.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets flow variables ({@code type: set}), in file order, each seeing the ones before it.
 *
 * @param common id, next, on, timeout, location
 * @param values variable name -> value
 */
public record SetSpec(StepCommon common, Map<String, ValueSpec> values) implements StepSpec {

  /** Copies the values, keeping their order. */
  public SetSpec {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  @Override
  public String typeName() {
    return "set";
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
