package io.ariflow.app.flowtest;

import io.ariflow.flows.runtime.TimelineEntry;
import io.ariflow.flows.spec.FlowSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Stasis flow's variables at the end of a run, replayed from its timeline: the declared initial values,
 * then every change its steps recorded, in order. Changes recorded by a sub-flow's steps are skipped (a
 * sub-flow has variables of its own); a sub-flow step whose id is also a step of the Stasis flow cannot be
 * told apart and counts.
 */
final class RunVariables {

  private RunVariables() {
  }

  static Map<String, Object> of(FlowSpec flow, List<TimelineEntry> entries) {
    Map<String, Object> variables = new LinkedHashMap<>(flow.variables());
    for (TimelineEntry entry : entries) {
      if (flow.steps().containsKey(entry.stepId())) {
        variables.putAll(entry.changed());
      }
    }
    return variables;
  }
}
