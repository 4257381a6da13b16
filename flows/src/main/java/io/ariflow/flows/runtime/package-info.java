/**
 * The interpreter: one {@link io.ariflow.flows.runtime.FlowRun} per call, an explicit run state machine with
 * a history, frames for sub-flows, outcome routing with the flow's fallback, a loop guard and a timeline that
 * tells the call's story in one line. Single owner: called only from the call's context, no locks.
 */
package io.ariflow.flows.runtime;
