package io.ariflow.sim.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Callers and agents to play against an engine: what a YAML scenario file says, or what a test builds in
 * Java. Immutable; {@link ScenarioSetup} turns it into simulator options, {@link ScenarioRunner} plays it.
 */
public record Scenario(List<CallSpec> calls, List<AgentSpec> agents) {

  public Scenario {
    calls = List.copyOf(calls);
    agents = List.copyOf(agents);
  }

  public static Scenario of(CallSpec... calls) {
    return new Scenario(List.of(calls), List.of());
  }

  public Scenario withCall(CallSpec call) {
    List<CallSpec> all = new ArrayList<>(calls);
    all.add(call);
    return new Scenario(all, agents);
  }

  public Scenario withAgent(AgentSpec agent) {
    List<AgentSpec> all = new ArrayList<>(agents);
    all.add(agent);
    return new Scenario(calls, all);
  }

  /** Total number of calls, counting repeats. */
  public int callCount() {
    return calls.stream().mapToInt(CallSpec::count).sum();
  }
}
