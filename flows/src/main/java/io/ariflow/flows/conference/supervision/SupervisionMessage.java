package io.ariflow.flows.conference.supervision;

/** What a supervision session is told after it started: snoop results, mode requests, parties leaving. */
public sealed interface SupervisionMessage {

  /**
   * The snoop channel is up (the snoop request answered 200; its StasisStart follows).
   *
   * @param snoopId the id from {@code Command.CreateSnoop}
   */
  record SnoopReady(String snoopId) implements SupervisionMessage {
  }

  /**
   * The snoop request failed (the agent's channel is gone: 404).
   *
   * @param snoopId the id from {@code Command.CreateSnoop}
   * @param reason why
   */
  record SnoopFailed(String snoopId, String reason) implements SupervisionMessage {
  }

  /**
   * Switch to {@code mode} (from the control API or the supervisor's keys).
   *
   * @param mode the new mode
   */
  record SwitchMode(SupervisionMode mode) implements SupervisionMessage {
  }

  /**
   * The supervisor pressed a key: by default 4 listen, 5 whisper, 6 barge, * stop (ChanSpy's {@code d} option).
   *
   * @param digit the key
   */
  record DtmfReceived(char digit) implements SupervisionMessage {
  }

  /** The supervisor's channel hung up. */
  record SupervisorGone() implements SupervisionMessage {
  }

  /** The supervised call ended (the agent's channel hung up or the call's bridge went away). */
  record TargetGone() implements SupervisionMessage {
  }

  /** Stop supervising; the supervisor's channel stays up for its flow. */
  record Stop() implements SupervisionMessage {
  }
}
