package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a value out with Asterisk's say prompts ({@code type: say}): exactly one of {@code digits},
 * {@code number}, {@code characters}, {@code date} is given.
 *
 * @param common id, next, on, timeout, location
 * @param kind which of the four fields was given
 * @param value the field's value (template; for dates an ISO date/time)
 * @param format SayUnixTime-style format for dates (e.g. {@code ABdY}), empty otherwise
 * @param lang language override (template)
 */
public record SaySpec(StepCommon common, SayKind kind, Template value, Optional<String> format,
    Optional<Template> lang) implements StepSpec {

  /** Rejects nulls. */
  public SaySpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String typeName() {
    return "say";
  }

  @Override
  public Set<String> outcomes() {
    return Set.of(Outcomes.DONE);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(Outcomes.DONE);
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
