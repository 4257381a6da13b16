package io.ariflow.app.flowtest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a test case checks once the call has ended; each part is optional.
 *
 * @param path the steps the flow ran, in the order they finished
 * @param prompts the media the simulator started playing to the caller ({@code sound:main-menu}, ...)
 * @param variables flow variables (or paths into them, {@code customer.name}) and their final values
 * @param outcome how the call ended
 * @param timeline texts the call's timeline must contain
 */
public record Expectations(Optional<SequenceExpectation> path, Optional<SequenceExpectation> prompts,
    Map<String, Object> variables, Optional<ExpectedOutcome> outcome, List<String> timeline) {

  /** No expectation at all. */
  public static final Expectations NONE = new Expectations(Optional.empty(), Optional.empty(), Map.of(),
      Optional.empty(), List.of());

  /** Copies the collections (expected values may be null: the variable must have no value). */
  public Expectations {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(prompts, "prompts");
    Objects.requireNonNull(outcome, "outcome");
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    timeline = List.copyOf(timeline);
  }
}
