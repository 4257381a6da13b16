package io.ariflow.sim.fidelity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The compared steps of one scenario and the figures printed for it. */
record ScenarioScore(String scenario, List<StepResult> steps) {

  long matching() {
    return steps.stream().filter(StepResult::matches).count();
  }

  long explained() {
    return steps.stream().filter(s -> s.verdict() == StepResult.Verdict.EXPLAINED).count();
  }

  List<StepResult> mismatches() {
    return steps.stream().filter(s -> !s.matches()).toList();
  }

  Set<String> knownDifferencesUsed() {
    Set<String> ids = new TreeSet<>();
    steps.forEach(s -> ids.addAll(s.knownDifferences()));
    return ids;
  }

  String line() {
    return String.format("fidelity %-32s %4d / %4d steps match (%d via known differences)", scenario + ":",
        matching(), steps.size(), explained());
  }
}
