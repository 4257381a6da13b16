package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an Asterisk channel variable or function into a flow variable ({@code type: get-var}). When the
 * variable is not set it produces {@code missing}, which follows {@code next} unless routed; the flow
 * variable is then null. The value is also readable as {@code chan.<name>}.
 *
 * @param common id, next, on, timeout, location
 * @param name the channel variable or function, e.g. {@code CALLERID(name)} (template)
 * @param into the flow variable receiving the value
 */
public record GetVarSpec(StepCommon common, Template name, String into) implements StepSpec {

  /** The channel variable is not set. */
  public static final String MISSING = "missing";

  /** Rejects nulls. */
  public GetVarSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(into, "into");
  }

  @Override
  public String typeName() {
    return "get-var";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(Outcomes.DONE, MISSING);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(Outcomes.DONE);
  }

  @Override
  public Set<String> followsNext() {
    return Set.of(MISSING);
  }

  @Override
  public Set<String> results() {
    return Set.of("value");
  }
}
