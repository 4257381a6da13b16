package io.ariflow.flows.steps.queue;

import static io.ariflow.flows.steps.queue.OfferLegInput.ANSWER;
import static io.ariflow.flows.steps.queue.OfferLegInput.BUSY;
import static io.ariflow.flows.steps.queue.OfferLegInput.CONFIRMED;
import static io.ariflow.flows.steps.queue.OfferLegInput.CONNECT;
import static io.ariflow.flows.steps.queue.OfferLegInput.DECLINED;
import static io.ariflow.flows.steps.queue.OfferLegInput.DROP;
import static io.ariflow.flows.steps.queue.OfferLegInput.FAIL;
import static io.ariflow.flows.steps.queue.OfferLegInput.GONE;
import static io.ariflow.flows.steps.queue.OfferLegInput.RING;
import static io.ariflow.flows.steps.queue.OfferLegState.ANSWERED;
import static io.ariflow.flows.steps.queue.OfferLegState.CONNECTED;
import static io.ariflow.flows.steps.queue.OfferLegState.DIALING;
import static io.ariflow.flows.steps.queue.OfferLegState.DROPPED;
import static io.ariflow.flows.steps.queue.OfferLegState.GREETING;
import static io.ariflow.flows.steps.queue.OfferLegState.HUNG_UP;
import static io.ariflow.flows.steps.queue.OfferLegState.REFUSED;
import static io.ariflow.flows.steps.queue.OfferLegState.RINGING;

import io.ariflow.flows.state.TransitionTable;

/**
 * An offered agent leg as Asterisk really reports it (traces create-dial-early, originate-dial-bridge): Dial
 * events may beat the dial command's answer, a leg sends several "gone" events (ChannelHangupRequest, StasisEnd,
 * ChannelDestroyed), an endpoint subscription repeats channel events, and a dropped leg may still ring or
 * answer, so final states tolerate those; any other input without a row (a repeated Dial event) is ignored by
 * the leg. The ring timeout is the queue's, not the leg's: it arrives as DROP.
 */
public final class OfferLegTable {

  /** The offered leg table. */
  public static final TransitionTable<OfferLegState, OfferLegInput> TABLE =
      TransitionTable.builder("queue-offer-leg", OfferLegState.class, OfferLegInput.class)
          .initial(DIALING)
          .row(DIALING, RING, RINGING)
          .row(DIALING, ANSWER, GREETING)
          .row(DIALING, BUSY, REFUSED)
          .row(DIALING, FAIL, REFUSED)
          .row(DIALING, GONE, REFUSED)
          .row(DIALING, DROP, DROPPED)
          .row(RINGING, RING, RINGING)
          .row(RINGING, ANSWER, GREETING)
          .row(RINGING, BUSY, REFUSED)
          .row(RINGING, FAIL, REFUSED)
          .row(RINGING, GONE, REFUSED)
          .row(RINGING, DROP, DROPPED)
          .row(GREETING, CONFIRMED, ANSWERED)
          .row(GREETING, DECLINED, REFUSED)
          .row(GREETING, GONE, REFUSED)
          .row(GREETING, DROP, DROPPED)
          .row(ANSWERED, CONNECT, CONNECTED)
          .row(ANSWERED, GONE, HUNG_UP)
          .row(ANSWERED, DROP, DROPPED)
          .row(CONNECTED, GONE, HUNG_UP)
          .row(CONNECTED, DROP, DROPPED)
          .tolerate(GONE, REFUSED, DROPPED)
          .tolerate(RING, DROPPED)
          .tolerate(ANSWER, DROPPED)
          .build();

  private OfferLegTable() {
  }
}
