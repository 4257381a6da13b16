package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.Termination;
import java.util.Map;
import java.util.Optional;

/**
 * How one execution of a step ended, as the interpreter routes it: the outcome (including {@code error},
 * {@code timeout}, {@code hangup}), the results, the timeline note, a termination for terminal steps and,
 * for {@code error}, the failure text.
 *
 * @param outcome the outcome to route
 * @param results {@code steps.<id>.*}
 * @param note timeline text, may be empty
 * @param termination set when the run ends here
 * @param failure what went wrong, for {@code error}
 */
record StepEnd(String outcome, Map<String, Object> results, String note, Optional<Termination> termination,
    Optional<String> failure) {

  StepEnd {
    results = Map.copyOf(results);
  }
}
