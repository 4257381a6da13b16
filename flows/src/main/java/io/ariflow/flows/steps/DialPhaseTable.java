package io.ariflow.flows.steps;

import static io.ariflow.flows.steps.DialPhase.BRIDGED;
import static io.ariflow.flows.steps.DialPhase.BRIDGING;
import static io.ariflow.flows.steps.DialPhase.CONFIRMING;
import static io.ariflow.flows.steps.DialPhase.DONE;
import static io.ariflow.flows.steps.DialPhase.RINGING;
import static io.ariflow.flows.steps.DialPhaseInput.CALLEE_LEFT;
import static io.ariflow.flows.steps.DialPhaseInput.CONFIRMED;
import static io.ariflow.flows.steps.DialPhaseInput.EXHAUSTED;
import static io.ariflow.flows.steps.DialPhaseInput.FAILED;
import static io.ariflow.flows.steps.DialPhaseInput.PICKED;
import static io.ariflow.flows.steps.DialPhaseInput.PICKUP_ENDED;
import static io.ariflow.flows.steps.DialPhaseInput.REFUSED;
import static io.ariflow.flows.steps.DialPhaseInput.WINNER;

import io.ariflow.flows.state.TransitionTable;

/**
 * The phases of a dial. A refused or vanished callee sends the dial back to ringing, so a sequential dial
 * can try its next target; the caller's hangup is not an input here: it cancels the step, whose clean-up
 * hangs up every leg and destroys the bridge. A ringing dial offered for pickup may be claimed instead of
 * answered: the pickup host then owns the conversation and the dial waits for its end.
 */
public final class DialPhaseTable {

  /** The dial phase table. */
  public static final TransitionTable<DialPhase, DialPhaseInput> TABLE =
      TransitionTable.builder("dial", DialPhase.class, DialPhaseInput.class)
          .initial(RINGING)
          .row(RINGING, WINNER, CONFIRMING)
          .row(RINGING, EXHAUSTED, DONE)
          .row(CONFIRMING, CONFIRMED, BRIDGING)
          .row(CONFIRMING, REFUSED, RINGING)
          .row(BRIDGING, DialPhaseInput.BRIDGED, BRIDGED)
          .row(BRIDGING, REFUSED, RINGING)
          .row(BRIDGING, FAILED, DONE)
          .row(BRIDGED, CALLEE_LEFT, DONE)
          .row(RINGING, PICKED, DialPhase.PICKED_UP)
          .row(DialPhase.PICKED_UP, PICKUP_ENDED, DONE)
          .build();

  private DialPhaseTable() {
  }
}
