package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.FlowEnd;
import io.vertx.core.Future;
import java.time.ZoneId;
import java.util.Map;

/**
 * Everything a step execution shares with its run: ports, the event hub, the caller's state, the value
 * evaluator, the loop guard and sub-flow calls. Package-private plumbing between {@link FlowRun} and
 * {@link ExecutionContext}.
 *
 * @param ports the ports
 * @param hub the run's events
 * @param caller the caller's state
 * @param guard the loop guard
 * @param info the call
 * @param callVariables the {@code call.*} variables
 * @param zone the flow's time zone
 * @param subFlows runs sub-flows for {@code call}
 */
record RunEnvironment(RunPorts ports, EventHub hub, CallerState caller, LoopGuard guard,
    CallInfo info, Map<String, Object> callVariables, ZoneId zone, SubFlows subFlows) {

  /** Starts sub-flows for {@code call} steps. */
  interface SubFlows {
    /** Runs {@code flowId} below the frame of {@code caller} with {@code args}, tied to the caller's life. */
    Future<FlowEnd> call(ExecutionContext caller, String flowId, Map<String, Object> args);
  }
}
