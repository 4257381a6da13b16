package io.ariflow.flows.steps;

import static io.ariflow.flows.steps.LegInput.ANSWER;
import static io.ariflow.flows.steps.LegInput.BUSY;
import static io.ariflow.flows.steps.LegInput.CONNECT;
import static io.ariflow.flows.steps.LegInput.DROP;
import static io.ariflow.flows.steps.LegInput.FAIL;
import static io.ariflow.flows.steps.LegInput.GONE;
import static io.ariflow.flows.steps.LegInput.REFUSE;
import static io.ariflow.flows.steps.LegInput.RING;
import static io.ariflow.flows.steps.LegInput.TIMEOUT;
import static io.ariflow.flows.steps.LegState.ANSWERED;
import static io.ariflow.flows.steps.LegState.CONNECTED;
import static io.ariflow.flows.steps.LegState.DIALING;
import static io.ariflow.flows.steps.LegState.DROPPED;
import static io.ariflow.flows.steps.LegState.FAILED;
import static io.ariflow.flows.steps.LegState.HUNG_UP;
import static io.ariflow.flows.steps.LegState.NO_ANSWER;
import static io.ariflow.flows.steps.LegState.RINGING;

import io.ariflow.flows.state.TransitionTable;

/**
 * The life of a dialled leg as Asterisk 22 really behaves (traces create-dial-early, originate-dial-bridge):
 * Dial events may arrive before the dial command's answer, a timed-out leg gets no Dial NOANSWER (we hang it
 * up at our timer), a busy leg stays up until hung up, and a leg sends several "gone" events
 * (ChannelHangupRequest, StasisEnd, ChannelDestroyed), so final states tolerate repeats, and a loser may still
 * ring or answer just after we dropped it. Any other input is ignored by the leg (logged).
 */
public final class LegTable {

  /** The leg table. */
  public static final TransitionTable<LegState, LegInput> TABLE =
      TransitionTable.builder("dial-leg", LegState.class, LegInput.class)
          .initial(DIALING)
          .row(DIALING, RING, RINGING)
          .row(DIALING, ANSWER, ANSWERED)
          .row(DIALING, BUSY, LegState.BUSY)
          .row(DIALING, FAIL, FAILED)
          .row(DIALING, TIMEOUT, NO_ANSWER)
          .row(DIALING, GONE, FAILED)
          .row(DIALING, DROP, DROPPED)
          .row(RINGING, RING, RINGING)
          .row(RINGING, ANSWER, ANSWERED)
          .row(RINGING, BUSY, LegState.BUSY)
          .row(RINGING, FAIL, FAILED)
          .row(RINGING, TIMEOUT, NO_ANSWER)
          .row(RINGING, GONE, NO_ANSWER)
          .row(RINGING, DROP, DROPPED)
          .row(ANSWERED, CONNECT, CONNECTED)
          .row(ANSWERED, REFUSE, NO_ANSWER)
          .row(ANSWERED, GONE, NO_ANSWER)
          .row(ANSWERED, DROP, DROPPED)
          .row(CONNECTED, GONE, HUNG_UP)
          .row(CONNECTED, DROP, DROPPED)
          .tolerate(GONE, LegState.BUSY, NO_ANSWER, FAILED, DROPPED)
          .tolerate(ANSWER, DROPPED)
          .tolerate(RING, DROPPED)
          .build();

  private LegTable() {
  }
}
