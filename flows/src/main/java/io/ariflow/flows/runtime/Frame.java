package io.ariflow.flows.runtime;

import io.ariflow.flows.expr.Scope;
import io.ariflow.flows.spec.FlowSpec;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flow being executed: the Stasis flow or a sub-flow started by {@code call}. Each frame has its own
 * flow variables, arguments, step results and pass counters; the caller and the events are the run's.
 */
final class Frame {

  private final FlowSpec flow;
  private final int depth;
  private final Map<String, Object> args;
  private final Map<String, Object> variables;
  private final Map<String, Object> stepResults = new LinkedHashMap<>();
  private final Map<String, Integer> passes = new HashMap<>();
  private final Scope scope;
  private boolean hangupRouted;
  private boolean aborted;

  /** A frame for {@code flow} at {@code depth} (0 = the Stasis flow), its scope over {@code env}. */
  Frame(FlowSpec flow, int depth, Map<String, ?> args, RunEnvironment env) {
    this.flow = flow;
    this.depth = depth;
    this.args = new LinkedHashMap<>(args);
    this.variables = new LinkedHashMap<>(flow.variables());
    ZoneId zone = flow.timezone().map(ZoneId::of).orElse(env.zone());
    this.scope = new RunScope(env.callVariables(), this, env.caller(), env.ports().timers(), zone);
  }

  Scope scope() {
    return scope;
  }

  FlowSpec flow() {
    return flow;
  }

  int depth() {
    return depth;
  }

  Map<String, Object> args() {
    return args;
  }

  Map<String, Object> variables() {
    return variables;
  }

  /** {@code steps.<id>} maps, by step id. */
  Map<String, Object> stepResults() {
    return stepResults;
  }

  /** Counts a start of {@code stepId}; returns the passes so far, this one included. */
  int countPass(String stepId) {
    return passes.merge(stepId, 1, Integer::sum);
  }

  /** Stops the frame: it runs no further step (its {@code call} step was cancelled). */
  void abort() {
    aborted = true;
  }

  boolean aborted() {
    return aborted;
  }

  /** Whether a {@code hangup} outcome was already routed in this flow (only the first one is). */
  boolean hangupRouted() {
    return hangupRouted;
  }

  void markHangupRouted() {
    hangupRouted = true;
  }
}
