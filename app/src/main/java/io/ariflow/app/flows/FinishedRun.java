package io.ariflow.app.flows;

import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.runtime.Timeline;
import java.util.Optional;

/**
 * One flow run that ended, as observers see it (the call log, tests, later the control API).
 *
 * @param callId the call
 * @param flowId the flow that ran (the Stasis flow, or the engine's fallback flow)
 * @param result how it ended; empty when the run failed unexpectedly (a bug) and was cancelled
 * @param timeline what happened, step by step
 */
public record FinishedRun(String callId, String flowId, Optional<RunResult> result, Timeline timeline) {
}
