package io.ariflow.flows.conference.supervision;

/** What moves a supervision session: the policy, mode requests, snoop readiness, parties leaving, a stop. */
public enum SupervisionInput {
  /** The policy refused the supervisor for this agent and mode. */
  REFUSE,
  /** Listen only. */
  TO_LISTEN,
  /** Whisper to the agent. */
  TO_WHISPER,
  /** Join the call. */
  TO_BARGE,
  /** The snoop for LISTEN is up (StasisStart / 200 to the snoop request). */
  READY_LISTEN,
  /** The snoop for WHISPER is up. */
  READY_WHISPER,
  /** The snoop request failed. */
  SNOOP_FAILED,
  /** The supervised call ended (the agent hung up, or the call's bridge went away). */
  TARGET_GONE,
  /** The supervisor hung up. */
  SUPERVISOR_GONE,
  /** The supervisor or the engine stopped the session. */
  STOP
}
