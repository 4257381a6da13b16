package io.ariflow.flows.steps.queue;

/** The life of one agent leg the queue step rings for an offer; see {@link OfferLegTable}. */
public enum OfferLegState {
  /** Created and being dialled. */
  DIALING,
  /** The agent's phone rings. */
  RINGING,
  /** The agent answered and hears the whisper or the confirmation prompt. */
  GREETING,
  /** The answer was reported to the queue; waiting for Connect. */
  ANSWERED,
  /** Bridged with the caller. */
  CONNECTED,
  /** The agent did not take the call (busy, unreachable, declined, hung up); reported to the queue. */
  REFUSED,
  /** We hung it up (the offer was withdrawn, another agent won, the caller left). */
  DROPPED,
  /** The agent hung up the connected call. */
  HUNG_UP;

  /** Whether the leg's life is over. */
  public boolean isFinal() {
    return this == REFUSED || this == DROPPED || this == HUNG_UP;
  }
}
