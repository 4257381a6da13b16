package io.ariflow.app.flows;

import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.runtime.Timeline;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One flow run that ended, as observers see it (the call log, tests, later the control API).
 *
 * @param callId the call
 * @param flowId the flow that ran (the Stasis flow, or the engine's fallback flow)
 * @param result how it ended; empty when the run failed unexpectedly (a bug) and was cancelled
 * @param timeline what happened, step by step
 * @param variables the flow variables of the Stasis flow when the run ended (values may be null)
 */
public record FinishedRun(String callId, String flowId, Optional<RunResult> result, Timeline timeline,
    Map<String, Object> variables) {

  /** Copies the variables, keeping their order and their null values. */
  public FinishedRun {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  /** A finished run whose variables are not known. */
  public FinishedRun(String callId, String flowId, Optional<RunResult> result, Timeline timeline) {
    this(callId, flowId, result, timeline, Map.of());
  }
}
