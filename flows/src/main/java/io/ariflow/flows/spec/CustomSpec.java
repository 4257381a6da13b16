package io.ariflow.flows.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A step of a type registered through {@code ServiceLoader}: its parameters as plain YAML values, and the
 * outcomes its registration declared (copied here so routing works like any other step).
 *
 * @param common id, next, on, timeout, location
 * @param typeName the registered type name
 * @param params parameter -> plain YAML value, in file order
 * @param outcomes the outcomes the type declared
 * @param defaultOutcome the declared default outcome
 */
public record CustomSpec(StepCommon common, String typeName, Map<String, Object> params, Set<String> outcomes,
    Optional<String> defaultOutcome) implements StepSpec {

  /** Copies the collections, keeping their order. */
  public CustomSpec {
    Objects.requireNonNull(typeName, "typeName");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    outcomes = Collections.unmodifiableSet(new LinkedHashSet<>(outcomes));
    Objects.requireNonNull(defaultOutcome, "defaultOutcome");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
