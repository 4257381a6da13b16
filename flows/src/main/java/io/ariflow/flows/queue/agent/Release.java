package io.ariflow.flows.queue.agent;

/** Why a ringing agent is let go without a call, as a queue tells the directory. */
public enum Release {
  /** The agent's leg was busy, rejected, unreachable or hung up: counts as a miss if the queue says so. */
  REFUSED(AgentInput.REFUSE),
  /** The offer rang out: always a miss. */
  UNANSWERED(AgentInput.RING_TIMEOUT),
  /** The offer was withdrawn through no fault of the agent: never a miss. */
  CANCELLED(AgentInput.OFFER_CANCELLED);

  private final AgentInput input;

  Release(AgentInput input) {
    this.input = input;
  }

  /** The agent-table input this release applies. */
  public AgentInput input() {
    return input;
  }
}
