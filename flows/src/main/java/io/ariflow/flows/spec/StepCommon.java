package io.ariflow.flows.spec;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every step has: its id, the target of its default outcome, explicit outcome targets, the
 * optional step timeout and the author's description (the timeline uses it to name a step). For {@code http} and {@code dial} the YAML {@code timeout} is the step's own field,
 * so {@link #timeout()} is empty there.
 *
 * @param id the step id, unique in its flow
 * @param next target of the step's default outcome
 * @param on outcome -> target step id, in file order
 * @param timeout when it elapses the step is cancelled and produces {@code timeout}
 * @param location where the step starts in its file
 * @param description the step's {@code description}, empty when absent
 */
public record StepCommon(String id, Optional<String> next, Map<String, String> on, Optional<Duration> timeout,
    Location location, String description) {

  /** Copies {@code on}, keeping its order. */
  public StepCommon {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(description, "description");
    on = Collections.unmodifiableMap(new LinkedHashMap<>(on));
  }

  /** A step without a description. */
  public StepCommon(String id, Optional<String> next, Map<String, String> on, Optional<Duration> timeout,
      Location location) {
    this(id, next, on, timeout, location, "");
  }

  /** A step with only an id and a default target, handy in tests and generated flows. */
  public static StepCommon of(String id, String next) {
    return new StepCommon(id, Optional.ofNullable(next), Map.of(), Optional.empty(), Location.unknown());
  }
}
