package io.ariflow.flows.conference.originate;

import static io.ariflow.flows.conference.originate.ClickToCallInput.A_ANSWERED;
import static io.ariflow.flows.conference.originate.ClickToCallInput.A_BUSY;
import static io.ariflow.flows.conference.originate.ClickToCallInput.A_FAILED;
import static io.ariflow.flows.conference.originate.ClickToCallInput.A_GONE;
import static io.ariflow.flows.conference.originate.ClickToCallInput.A_NO_ANSWER;
import static io.ariflow.flows.conference.originate.ClickToCallInput.B_ANSWERED;
import static io.ariflow.flows.conference.originate.ClickToCallInput.B_BUSY;
import static io.ariflow.flows.conference.originate.ClickToCallInput.B_FAILED;
import static io.ariflow.flows.conference.originate.ClickToCallInput.B_GONE;
import static io.ariflow.flows.conference.originate.ClickToCallInput.B_NO_ANSWER;
import static io.ariflow.flows.conference.originate.ClickToCallInput.CANCEL;
import static io.ariflow.flows.conference.originate.ClickToCallInput.DIAL_B;
import static io.ariflow.flows.conference.originate.ClickToCallInput.HAND_OVER;
import static io.ariflow.flows.conference.originate.ClickToCallState.CALLING_A;
import static io.ariflow.flows.conference.originate.ClickToCallState.CALLING_B;
import static io.ariflow.flows.conference.originate.ClickToCallState.CANCELLED;
import static io.ariflow.flows.conference.originate.ClickToCallState.COMPLETED;
import static io.ariflow.flows.conference.originate.ClickToCallState.CONNECTED;
import static io.ariflow.flows.conference.originate.ClickToCallState.FAILED;
import static io.ariflow.flows.conference.originate.ClickToCallState.HANDED_TO_FLOW;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of a click-to-call. Final states tolerate the legs' own hangups after we hung them up, and an
 * answer that raced our timeout or cancel (the machine hangs that leg up at once), as Asterisk 22 sends no Dial
 * NOANSWER and a busy leg stays up until hung up (trace create-dial-early).
 */
public final class ClickToCallTable {

  /** The table. */
  public static final TransitionTable<ClickToCallState, ClickToCallInput> TABLE =
      TransitionTable.builder("click-to-call", ClickToCallState.class, ClickToCallInput.class)
          .initial(CALLING_A)
          .row(CALLING_A, A_ANSWERED, ClickToCallState.A_ANSWERED)
          .row(CALLING_A, A_BUSY, FAILED)
          .row(CALLING_A, A_NO_ANSWER, FAILED)
          .row(CALLING_A, A_FAILED, FAILED)
          .row(CALLING_A, A_GONE, FAILED)
          .row(CALLING_A, CANCEL, CANCELLED)
          .row(ClickToCallState.A_ANSWERED, DIAL_B, CALLING_B)
          .row(ClickToCallState.A_ANSWERED, HAND_OVER, HANDED_TO_FLOW)
          .row(CALLING_B, B_ANSWERED, CONNECTED)
          .row(CALLING_B, B_BUSY, FAILED)
          .row(CALLING_B, B_NO_ANSWER, FAILED)
          .row(CALLING_B, B_FAILED, FAILED)
          .row(CALLING_B, B_GONE, FAILED)
          .row(CALLING_B, A_GONE, CANCELLED)
          .row(CALLING_B, CANCEL, CANCELLED)
          .row(CONNECTED, A_GONE, COMPLETED)
          .row(CONNECTED, B_GONE, COMPLETED)
          .row(CONNECTED, CANCEL, COMPLETED)
          .tolerate(A_GONE, FAILED, CANCELLED, COMPLETED)
          .tolerate(B_GONE, FAILED, CANCELLED, COMPLETED)
          .tolerate(A_ANSWERED, FAILED, CANCELLED)
          .tolerate(B_ANSWERED, FAILED, CANCELLED)
          .build();

  private ClickToCallTable() {
  }
}
