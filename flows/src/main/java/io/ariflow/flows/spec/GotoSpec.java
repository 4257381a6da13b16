package io.ariflow.flows.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Jumps to another step ({@code type: goto}): outcome {@code done} to {@code target}. With {@code max},
 * the pass after the {@code max}-th through this step produces {@code exhausted} instead (a loop limit).
 *
 * @param common id, next, on, timeout, location
 * @param target the step to jump to
 * @param max passes allowed, empty for no limit
 */
public record GotoSpec(StepCommon common, String target, OptionalInt max) implements StepSpec {

  /** The loop limit was reached. */
  public static final String EXHAUSTED = "exhausted";

  /** Rejects nulls. */
  public GotoSpec {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(max, "max");
  }

  @Override
  public String typeName() {
    return "goto";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(Outcomes.DONE, Outcomes.when(max.isPresent(), EXHAUSTED));
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(Outcomes.DONE);
  }

  @Override
  public Map<String, String> fixedTargets() {
    Map<String, String> targets = new LinkedHashMap<>();
    targets.put(Outcomes.DONE, target);
    return targets;
  }
}
