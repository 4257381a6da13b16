package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sets an Asterisk channel variable or function ({@code type: set-var}).
 *
 * @param common id, next, on, timeout, location
 * @param name the channel variable or function (template)
 * @param value its new value (template)
 */
public record SetVarSpec(StepCommon common, Template name, Template value) implements StepSpec {

  /** Rejects nulls. */
  public SetVarSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String typeName() {
    return "set-var";
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
