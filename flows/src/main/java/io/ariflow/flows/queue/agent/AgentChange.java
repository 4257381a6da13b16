package io.ariflow.flows.queue.agent;

import java.time.Instant;
import java.util.Optional;

/**
 * One applied row of an agent's table, collected by the directory for its owner to turn into queue_log
 * lines (PAUSE, AGENTLOGIN, ...), wrap-up notices and a new dispatch round.
 *
 * @param agentId the agent
 * @param input what happened
 * @param from the state before
 * @param to the state after
 * @param at when
 * @param reason the pause reason (PAUSE, AUTO_PAUSE, LOGIN_PAUSED) or the endpoint (LOGIN)
 * @param callId the call concerned, for offer and call inputs
 */
public record AgentChange(
    String agentId, AgentInput input, AgentState from, AgentState to, Instant at, Optional<String> reason,
    Optional<String> callId) {

  /** Whether the state changed (false for tolerated repeats and device observations). */
  public boolean moved() {
    return from != to;
  }
}
