package io.ariflow.sim.script;

import java.util.List;

/** The outcome of a scenario run: one entry per placed call, in placement order. */
public record ScenarioReport(List<CallOutcome> calls) {

  public ScenarioReport {
    calls = List.copyOf(calls);
  }

  /** Calls with problems (could not be placed, actions refused). */
  public List<CallOutcome> failed() {
    return calls.stream().filter(c -> !c.problems().isEmpty()).toList();
  }

  public CallOutcome call(int index) {
    return calls.get(index);
  }
}
