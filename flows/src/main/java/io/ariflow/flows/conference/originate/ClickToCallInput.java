package io.ariflow.flows.conference.originate;

/** What moves a click-to-call: each leg's result, our own timers (as NO_ANSWER), hangups and a cancel. */
public enum ClickToCallInput {
  A_ANSWERED, A_BUSY, A_NO_ANSWER, A_FAILED, A_GONE,
  /** Derived after A answered: B is dialled. */
  DIAL_B,
  /** Derived after A answered: A is handed to a flow. */
  HAND_OVER,
  B_ANSWERED, B_BUSY, B_NO_ANSWER, B_FAILED, B_GONE,
  /** The engine cancels the request. */
  CANCEL
}
