package io.ariflow.flows.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One flow as loaded and validated: what Stasis(ariflow, id) runs. Immutable; steps keep file order.
 *
 * @param id the flow id ({@code flow:})
 * @param description free text, empty when absent
 * @param start the first step's id
 * @param variables flow variables and their initial values (plain YAML values: String, Number, Boolean,
 *     List, Map, or null)
 * @param fallback what unrouted errors and timeouts do, as the flow declares it; empty when it declares none,
 *     and the host's default fallback applies
 * @param steps step id -> step, in file order
 * @param location where the flow document starts
 * @param timezone the IANA zone time functions use (validated), empty for the engine's default
 */
public record FlowSpec(String id, String description, String start, Map<String, Object> variables,
    Optional<Fallback> fallback, Map<String, StepSpec> steps, Location location, Optional<String> timezone) {

  /** Copies the maps, keeping their order (variables may hold null values). */
  public FlowSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(timezone, "timezone");
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  /** The step with this id, if any. */
  public Optional<StepSpec> step(String stepId) {
    return Optional.ofNullable(steps.get(stepId));
  }

  /** The first step. */
  public StepSpec startStep() {
    return steps.get(start);
  }
}
