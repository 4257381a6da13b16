package io.ariflow.flows.queue.agent;

/** What can happen to an agent; each is a column of {@link AgentTable}. */
public enum AgentInput {
  /** The agent logs in (dynamic agents) or is registered (static members). */
  LOGIN,
  /** The agent logs in paused. */
  LOGIN_PAUSED,
  /** The agent logs out; while busy the logout waits until the call and wrap-up are over. */
  LOGOUT,
  /** A queue reserves the agent for a call and rings it. */
  OFFER,
  /** The agent answered the offer. */
  ANSWER,
  /** The agent's leg was busy, rejected, unreachable or hung up before answering. */
  REFUSE,
  /** The offer rang out. */
  RING_TIMEOUT,
  /** The offer was withdrawn: the caller left, another agent answered, or the caller timed out. */
  OFFER_CANCELLED,
  /** The agent's call ended. */
  CALL_ENDED,
  /** The wrap-up time has passed. */
  WRAP_UP_ELAPSED,
  /** The agent (or a supervisor) pauses; while busy the pause waits until the call is over. */
  PAUSE,
  /** The agent is unpaused (also cancels a pause waiting for the end of a call). */
  UNPAUSE,
  /** Too many consecutive unanswered offers paused the agent. */
  AUTO_PAUSE,
  /** The device or endpoint state changed: recorded, never a state change by itself. */
  DEVICE_CHANGED
}
