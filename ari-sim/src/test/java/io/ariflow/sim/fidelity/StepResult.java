package io.ariflow.sim.fidelity;

import java.util.List;

/**
 * One compared step of a scenario: a request/response pair, a WebSocket handshake or close, or one
 * object's event sequence. A step matches exactly, matches once known differences are applied (their ids
 * are listed), or is an unexplained mismatch.
 */
record StepResult(String scenario, String label, Verdict verdict, List<String> knownDifferences, String detail) {

  enum Verdict { MATCH, EXPLAINED, MISMATCH }

  static StepResult match(String scenario, String label) {
    return new StepResult(scenario, label, Verdict.MATCH, List.of(), "");
  }

  static StepResult mismatch(String scenario, String label, String detail) {
    return new StepResult(scenario, label, Verdict.MISMATCH, List.of(), detail);
  }

  static StepResult explained(String scenario, String label, List<String> ids, String detail) {
    return new StepResult(scenario, label, Verdict.EXPLAINED, List.copyOf(ids), detail);
  }

  boolean matches() {
    return verdict != Verdict.MISMATCH;
  }

  @Override
  public String toString() {
    return "[" + scenario + "] " + label + ": " + verdict
        + (knownDifferences.isEmpty() ? "" : " via " + knownDifferences) + (detail.isEmpty() ? "" : "\n    " + detail);
  }
}
