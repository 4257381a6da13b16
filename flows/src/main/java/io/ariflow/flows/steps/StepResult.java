package io.ariflow.flows.steps;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a finished step produced: the outcome the interpreter routes, the {@code steps.<id>.<field>} results,
 * a short human note for the timeline (may be empty) and, for terminal steps, how the run ends.
 *
 * @param outcome the outcome name, e.g. {@code done} or {@code choice:1}
 * @param results field -> value, readable as {@code steps.<id>.<field>}
 * @param note a few words for the timeline ("menu: pressed 2"), empty for none
 * @param termination set when the step ended the run (hangup, continue, return, a finished transfer)
 */
public record StepResult(String outcome, Map<String, Object> results, String note,
    Optional<Termination> termination) {

  /** Copies the results (null values are dropped, as "no value"). */
  public StepResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(termination, "termination");
    results = Results.copy(results);
  }

  /** A plain outcome without results. */
  public static StepResult of(String outcome) {
    return new StepResult(outcome, Map.of(), "", Optional.empty());
  }

  /** An outcome with results. */
  public static StepResult of(String outcome, Map<String, Object> results) {
    return new StepResult(outcome, results, "", Optional.empty());
  }

  /** A terminal result: the run ends as {@code termination} says. */
  public static StepResult terminal(Termination termination, String note) {
    return new StepResult("end", Map.of(), note, Optional.of(termination));
  }

  /** The same result with a timeline note. */
  public StepResult noted(String text) {
    return new StepResult(outcome, results, text, termination);
  }

  /** Whether the step ended the run. */
  public boolean isTerminal() {
    return termination.isPresent();
  }
}
