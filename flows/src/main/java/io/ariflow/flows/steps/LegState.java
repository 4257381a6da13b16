package io.ariflow.flows.steps;

/** Where one dialled leg is; see {@link LegTable}. */
public enum LegState {
  /** Created and dialled (the answers to create and dial may still be on their way). */
  DIALING,
  /** The far end is ringing (Dial RINGING or PROGRESS). */
  RINGING,
  /** The far end answered (Dial ANSWER); not yet bridged with the caller. */
  ANSWERED,
  /** Bridged with the caller. */
  CONNECTED,
  /** The far end was busy. */
  BUSY,
  /** Nobody answered in time, or the callee refused screening or left before being connected. */
  NO_ANSWER,
  /** The leg could not be created or dialled, or the far end failed (congestion, unavailable). */
  FAILED,
  /** We hung it up: it lost the race, or the step ended. */
  DROPPED,
  /** The callee hung up after being connected. */
  HUNG_UP;

  /** Whether the leg is over for the dial (nothing more will come of it). */
  public boolean isFinal() {
    return this != DIALING && this != RINGING && this != ANSWERED && this != CONNECTED;
  }
}
