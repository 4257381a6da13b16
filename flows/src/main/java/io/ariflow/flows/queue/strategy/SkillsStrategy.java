package io.ariflow.flows.queue.strategy;

import java.util.Comparator;
import java.util.Map;

/**
 * {@code skills}: skills-based routing. A member may serve a caller only if it has every skill the caller
 * needs at the level asked or higher; among those, the most proficient (highest sum of levels in the needed
 * skills) is rung, then the one idle longest, then declaration order. Callers are served by effective
 * priority (their priority plus the queue's aging), so a low-priority call is not starved.
 */
public final class SkillsStrategy implements DistributionStrategy {

  @Override
  public String name() {
    return "skills";
  }

  @Override
  public boolean eligible(CallerView caller, Candidate candidate) {
    for (Map.Entry<String, Integer> need : caller.requiredSkills().entrySet()) {
      if (candidate.level(need.getKey()) < need.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Selection select(SelectionRequest request) {
    Map<String, Integer> needs = request.caller().requiredSkills();
    Comparator<Candidate> best = Comparator
        .comparingInt((Candidate c) -> -proficiency(c, needs))
        .thenComparing(Candidate::idleSince)
        .thenComparingInt(Candidate::declaredOrder);
    return Selection.one(request.candidates().stream().min(best).orElseThrow());
  }

  private static int proficiency(Candidate candidate, Map<String, Integer> needs) {
    return needs.keySet().stream().mapToInt(candidate::level).sum();
  }
}
