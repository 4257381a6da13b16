package io.ariflow.flows.queue.agent;

/**
 * An agent's one authoritative state, shared by every queue the agent serves. Whether the agent's device is
 * reachable is not a state here but an overlay ({@link DeviceState}) consulted when offering, so a paused
 * agent whose phone reboots is still paused afterwards.
 */
public enum AgentState {
  /** Not working: never offered. Static members never get here. */
  LOGGED_OUT,
  /** Free: may be offered a call if the device allows it. */
  AVAILABLE,
  /** Being rung for one call (possibly alongside other agents, ringall). */
  OFFERED,
  /** Talking to a caller (or dialling a callback caller after answering). */
  ON_CALL,
  /** Resting after a call until the queue's wrap-up time has passed. */
  WRAP_UP,
  /** Not offered until unpaused; carries a reason. */
  PAUSED
}
