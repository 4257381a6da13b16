package io.ariflow.flows.conference.originate;

/**
 * The life of a click-to-call. A_ANSWERED is passed through in the same decision (to CALLING_B or
 * HANDED_TO_FLOW); FAILED, CANCELLED, COMPLETED and HANDED_TO_FLOW are final.
 */
public enum ClickToCallState {
  CALLING_A, A_ANSWERED, CALLING_B, CONNECTED, HANDED_TO_FLOW, FAILED, CANCELLED, COMPLETED
}
