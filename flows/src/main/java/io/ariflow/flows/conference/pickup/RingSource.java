package io.ariflow.flows.conference.pickup;

/** What is ringing: an agent offered a queue call, or a dial step's legs. */
public enum RingSource {
  QUEUE_OFFER, DIAL
}
