package io.ariflow.flows.conference.supervision;

import static io.ariflow.flows.conference.supervision.SupervisionInput.READY_LISTEN;
import static io.ariflow.flows.conference.supervision.SupervisionInput.READY_WHISPER;
import static io.ariflow.flows.conference.supervision.SupervisionInput.REFUSE;
import static io.ariflow.flows.conference.supervision.SupervisionInput.SNOOP_FAILED;
import static io.ariflow.flows.conference.supervision.SupervisionInput.STOP;
import static io.ariflow.flows.conference.supervision.SupervisionInput.SUPERVISOR_GONE;
import static io.ariflow.flows.conference.supervision.SupervisionInput.TARGET_GONE;
import static io.ariflow.flows.conference.supervision.SupervisionInput.TO_BARGE;
import static io.ariflow.flows.conference.supervision.SupervisionInput.TO_LISTEN;
import static io.ariflow.flows.conference.supervision.SupervisionInput.TO_WHISPER;
import static io.ariflow.flows.conference.supervision.SupervisionState.BARGING;
import static io.ariflow.flows.conference.supervision.SupervisionState.CONNECTING;
import static io.ariflow.flows.conference.supervision.SupervisionState.ENDED;
import static io.ariflow.flows.conference.supervision.SupervisionState.LISTENING;
import static io.ariflow.flows.conference.supervision.SupervisionState.REFUSED;
import static io.ariflow.flows.conference.supervision.SupervisionState.REQUESTED;
import static io.ariflow.flows.conference.supervision.SupervisionState.SWITCHING;
import static io.ariflow.flows.conference.supervision.SupervisionState.WHISPERING;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of a supervision session. A mode request while a snoop is being made is not a row (the
 * session answers "busy"); a snoop that comes up after the session ended is tolerated and hung up at once.
 */
public final class SupervisionTable {

  /** The table. */
  public static final TransitionTable<SupervisionState, SupervisionInput> TABLE =
      TransitionTable.builder("supervision", SupervisionState.class, SupervisionInput.class)
          .initial(REQUESTED)
          .row(REQUESTED, REFUSE, REFUSED)
          .row(REQUESTED, TO_LISTEN, CONNECTING)
          .row(REQUESTED, TO_WHISPER, CONNECTING)
          .row(REQUESTED, TO_BARGE, BARGING)
          .row(CONNECTING, READY_LISTEN, LISTENING)
          .row(CONNECTING, READY_WHISPER, WHISPERING)
          .row(LISTENING, TO_LISTEN, LISTENING)
          .row(LISTENING, TO_WHISPER, SWITCHING)
          .row(LISTENING, TO_BARGE, BARGING)
          .row(WHISPERING, TO_WHISPER, WHISPERING)
          .row(WHISPERING, TO_LISTEN, SWITCHING)
          .row(WHISPERING, TO_BARGE, BARGING)
          .row(BARGING, TO_BARGE, BARGING)
          .row(BARGING, TO_LISTEN, SWITCHING)
          .row(BARGING, TO_WHISPER, SWITCHING)
          .row(SWITCHING, READY_LISTEN, LISTENING)
          .row(SWITCHING, READY_WHISPER, WHISPERING)
          .row(CONNECTING, SNOOP_FAILED, ENDED)
          .row(SWITCHING, SNOOP_FAILED, ENDED)
          .tolerate(READY_LISTEN, ENDED)
          .tolerate(READY_WHISPER, ENDED)
          .tolerate(SNOOP_FAILED, ENDED)
          .row(CONNECTING, TARGET_GONE, ENDED)
          .row(LISTENING, TARGET_GONE, ENDED)
          .row(WHISPERING, TARGET_GONE, ENDED)
          .row(BARGING, TARGET_GONE, ENDED)
          .row(SWITCHING, TARGET_GONE, ENDED)
          .row(CONNECTING, SUPERVISOR_GONE, ENDED)
          .row(LISTENING, SUPERVISOR_GONE, ENDED)
          .row(WHISPERING, SUPERVISOR_GONE, ENDED)
          .row(BARGING, SUPERVISOR_GONE, ENDED)
          .row(SWITCHING, SUPERVISOR_GONE, ENDED)
          .row(CONNECTING, STOP, ENDED)
          .row(LISTENING, STOP, ENDED)
          .row(WHISPERING, STOP, ENDED)
          .row(BARGING, STOP, ENDED)
          .row(SWITCHING, STOP, ENDED)
          .tolerate(TARGET_GONE, ENDED)
          .tolerate(SUPERVISOR_GONE, ENDED)
          .tolerate(STOP, ENDED)
          .build();

  private SupervisionTable() {
  }
}
