package io.ariflow.flows.spec;

import java.util.Optional;
import java.util.Set;

/**
 * Answers the channel ({@code type: answer}).
 *
 * @param common id, next, on, timeout, location
 */
public record AnswerSpec(StepCommon common) implements StepSpec {

  @Override
  public String typeName() {
    return "answer";
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
