package io.ariflow.flows.queue.agent;

import java.time.Instant;
import java.util.Optional;

/**
 * An immutable snapshot of one agent, as queues and strategies see it: they never touch the agent itself,
 * only ask the directory (the agents' one owner) to change it.
 *
 * @param agentId the agent's id
 * @param endpoint the endpoint rung for this agent (the last one used once it logged out; empty before)
 * @param state the agent state
 * @param pauseReason why the agent is paused, while paused
 * @param device the device overlay: the device state, or UNAVAILABLE while the endpoint is offline
 * @param callId the call the agent is offered or talking to
 * @param queue the queue that call came from
 * @param stateSince when the agent entered its state (for AVAILABLE: idle since)
 * @param lastCallEnd when the agent's last queue call ended, across all queues
 * @param wrapUpUntil when the current wrap-up ends
 * @param callsTaken calls the agent answered since logging in, across all queues
 * @param missedInARow consecutive unanswered offers (reset by an answer, an unpause or a login)
 */
public record AgentView(
    String agentId, Optional<String> endpoint, AgentState state, Optional<String> pauseReason,
    DeviceState device, Optional<String> callId, Optional<String> queue, Instant stateSince,
    Optional<Instant> lastCallEnd, Optional<Instant> wrapUpUntil, int callsTaken, int missedInARow) {

  /** Whether the agent is logged in (in any state but LOGGED_OUT). */
  public boolean loggedIn() {
    return state != AgentState.LOGGED_OUT;
  }

  /** Whether a queue may ring the agent now: AVAILABLE and the device ringable under {@code ringInUse}. */
  public boolean offerable(boolean ringInUse) {
    return state == AgentState.AVAILABLE && endpoint.isPresent() && device.ringable(ringInUse);
  }
}
