package io.ariflow.flows.queue.agent;

import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.state.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The port through which a queue reserves and releases agents. The agents' owner implements it; a queue
 * never holds agent state, so in a cluster this becomes request/reply messages to the agents' owner
 * without changing queues or strategies.
 */
public interface AgentPool {

  /** The agent's current snapshot, empty for an unknown id. */
  Optional<AgentView> view(String agentId);

  /**
   * Reserves an AVAILABLE agent whose device is ringable for {@code callId} (AVAILABLE -> OFFERED); false
   * when the agent is not free any more or another queue has precedence for it.
   */
  boolean reserve(String agentId, String callId, String queue, boolean ringInUse, Instant now);

  /** The reserved agent answered (OFFERED -> ON_CALL). */
  Outcome answered(String agentId, String callId, Instant now);

  /** Lets a ringing agent go without a call; may auto-pause it under {@code autoPause}. */
  Outcome released(String agentId, String callId, Release why, AutoPausePolicy autoPause, Instant now);

  /** The agent's call ended: wrap-up for {@code wrapUp}, then AVAILABLE (or a pause or logout asked for). */
  Outcome completed(String agentId, String callId, Duration wrapUp, Instant now);
}
