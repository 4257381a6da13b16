package io.ariflow.flows.conference.supervision;

import io.ariflow.flows.state.IllegalTransition;

/** The session's reply to each start and message. */
public sealed interface SupervisionAnswer {

  /**
   * The session is in {@code mode} now.
   *
   * @param mode the current mode
   */
  record InMode(SupervisionMode mode) implements SupervisionAnswer {
  }

  /**
   * A snoop for {@code mode} is being made; the previous mode goes on until it is ready.
   *
   * @param mode the mode being set up
   */
  record Switching(SupervisionMode mode) implements SupervisionAnswer {
  }

  /**
   * Already in that mode.
   *
   * @param mode the current mode
   */
  record NoChange(SupervisionMode mode) implements SupervisionAnswer {
  }

  /**
   * The rules do not allow the supervisor {@code mode} on this agent; the session goes on as it was.
   *
   * @param mode the mode asked for
   * @param reason the policy's reason
   */
  record NotAllowed(SupervisionMode mode, String reason) implements SupervisionAnswer {
  }

  /** A switch is already in progress; ask again when it is done. */
  record Busy() implements SupervisionAnswer {
  }

  /**
   * The session is over; the supervisor's step ends with {@code outcome}.
   *
   * @param outcome why
   * @param reason details (the policy's reason, the snoop failure)
   */
  record Ended(SupervisionOutcome outcome, String reason) implements SupervisionAnswer {
  }

  /**
   * The message does not concern the session (a key without meaning, a stale snoop).
   *
   * @param reason why
   */
  record Ignored(String reason) implements SupervisionAnswer {
  }

  /**
   * The message does not fit the table.
   *
   * @param transition the report with the recent history
   */
  record Illegal(IllegalTransition transition) implements SupervisionAnswer {
  }
}
