package io.ariflow.flows.spec;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Goes to the first case whose condition is true ({@code type: branch}): outcome {@code case:<n>} (1-based)
 * or, when none is true, {@code else}, the default outcome ({@code else:} or {@code next:} gives it).
 *
 * @param common id, next, on, timeout, location
 * @param cases the conditions in order
 * @param elseTarget the {@code else:} target, empty when {@code next:} gives it
 */
public record BranchSpec(StepCommon common, List<BranchCase> cases, Optional<String> elseTarget)
    implements StepSpec {

  /** Prefix of the outcome a case produces. */
  public static final String CASE_PREFIX = "case:";
  /** No case was true. */
  public static final String ELSE = "else";

  /** Copies the cases. */
  public BranchSpec {
    cases = List.copyOf(cases);
  }

  /** The outcome of the case at {@code index} (0-based). */
  public static String caseOutcome(int index) {
    return CASE_PREFIX + (index + 1);
  }

  @Override
  public String typeName() {
    return "branch";
  }

  @Override
  public Set<String> outcomes() {
    Set<String> all = new LinkedHashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      all.add(caseOutcome(i));
    }
    all.add(ELSE);
    return all;
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(ELSE);
  }

  @Override
  public Map<String, String> fixedTargets() {
    Map<String, String> targets = new LinkedHashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      targets.put(caseOutcome(i), cases.get(i).target());
    }
    elseTarget.ifPresent(t -> targets.put(ELSE, t));
    return targets;
  }
}
