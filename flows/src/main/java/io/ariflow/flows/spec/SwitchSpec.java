package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Goes to the case equal to a value ({@code type: switch}): outcome {@code case:<value>} or, when none is
 * equal, {@code default}, the default outcome ({@code default:} or {@code next:} gives it).
 *
 * @param common id, next, on, timeout, location
 * @param value the value compared (template)
 * @param cases case value -> target, in file order
 * @param defaultTarget the {@code default:} target, empty when {@code next:} gives it
 */
public record SwitchSpec(StepCommon common, Template value, Map<String, String> cases,
    Optional<String> defaultTarget) implements StepSpec {

  /** Prefix of the outcome a case produces. */
  public static final String CASE_PREFIX = "case:";
  /** No case was equal. */
  public static final String DEFAULT = "default";

  /** Copies the cases, keeping their order. */
  public SwitchSpec {
    Objects.requireNonNull(value, "value");
    cases = Collections.unmodifiableMap(new LinkedHashMap<>(cases));
  }

  @Override
  public String typeName() {
    return "switch";
  }

  @Override
  public Set<String> outcomes() {
    Set<String> all = new LinkedHashSet<>();
    cases.keySet().forEach(k -> all.add(CASE_PREFIX + k));
    all.add(DEFAULT);
    return all;
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(DEFAULT);
  }

  @Override
  public Map<String, String> fixedTargets() {
    Map<String, String> targets = new LinkedHashMap<>();
    cases.forEach((k, t) -> targets.put(CASE_PREFIX + k, t));
    defaultTarget.ifPresent(t -> targets.put(DEFAULT, t));
    return targets;
  }
}
