package io.ariflow.flows.queue.engine;

import static io.ariflow.flows.queue.engine.EntryInput.ANSWER;
import static io.ariflow.flows.queue.engine.EntryInput.CALLBACK_REQUESTED;
import static io.ariflow.flows.queue.engine.EntryInput.CALLER_ANSWERED;
import static io.ariflow.flows.queue.engine.EntryInput.CALLER_UNREACHED;
import static io.ariflow.flows.queue.engine.EntryInput.CALL_ENDED;
import static io.ariflow.flows.queue.engine.EntryInput.EMPTY;
import static io.ariflow.flows.queue.engine.EntryInput.EXIT_KEY;
import static io.ariflow.flows.queue.engine.EntryInput.GIVE_UP;
import static io.ariflow.flows.queue.engine.EntryInput.HANGUP;
import static io.ariflow.flows.queue.engine.EntryInput.MAX_WAIT;
import static io.ariflow.flows.queue.engine.EntryInput.NO_ANSWER;
import static io.ariflow.flows.queue.engine.EntryInput.OFFER;
import static io.ariflow.flows.queue.engine.EntryState.ABANDONED;
import static io.ariflow.flows.queue.engine.EntryState.CALLBACK_DIALING;
import static io.ariflow.flows.queue.engine.EntryState.CALLBACK_FAILED;
import static io.ariflow.flows.queue.engine.EntryState.CALLBACK_RINGING;
import static io.ariflow.flows.queue.engine.EntryState.CALLBACK_WAITING;
import static io.ariflow.flows.queue.engine.EntryState.COMPLETED;
import static io.ariflow.flows.queue.engine.EntryState.CONNECTED;
import static io.ariflow.flows.queue.engine.EntryState.EXITED;
import static io.ariflow.flows.queue.engine.EntryState.LEFT_EMPTY;
import static io.ariflow.flows.queue.engine.EntryState.RINGING;
import static io.ariflow.flows.queue.engine.EntryState.TIMED_OUT;
import static io.ariflow.flows.queue.engine.EntryState.WAITING;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of a queue entry. A callback entry ignores the hangup of the original call (the caller
 * hangs up after asking for the callback, and the report may arrive late) and never times out or leaves
 * an empty queue: it waits for an agent, however long. A ringing entry never times out directly: its ring
 * deadline is cut to its maximum wait, so the offer ends first (NO_ANSWER) and the wait expires from WAITING.
 */
public final class EntryTable {

  /** The entry table. */
  public static final TransitionTable<EntryState, EntryInput> TABLE =
      TransitionTable.builder("queue-entry", EntryState.class, EntryInput.class)
          .initial(WAITING)
          .row(WAITING, OFFER, RINGING)
          .row(WAITING, HANGUP, ABANDONED)
          .row(WAITING, EXIT_KEY, EXITED)
          .row(WAITING, MAX_WAIT, TIMED_OUT)
          .row(WAITING, EMPTY, LEFT_EMPTY)
          .row(WAITING, CALLBACK_REQUESTED, CALLBACK_WAITING)
          .row(RINGING, ANSWER, CONNECTED)
          .row(RINGING, NO_ANSWER, WAITING)
          .row(RINGING, HANGUP, ABANDONED)
          .row(RINGING, EXIT_KEY, EXITED)
          .row(RINGING, CALLBACK_REQUESTED, CALLBACK_WAITING)
          .row(CALLBACK_WAITING, OFFER, CALLBACK_RINGING)
          .row(CALLBACK_WAITING, GIVE_UP, CALLBACK_FAILED)
          .tolerate(HANGUP, CALLBACK_WAITING, CALLBACK_RINGING, CALLBACK_DIALING)
          .row(CALLBACK_RINGING, ANSWER, CALLBACK_DIALING)
          .row(CALLBACK_RINGING, NO_ANSWER, CALLBACK_WAITING)
          .row(CALLBACK_DIALING, CALLER_ANSWERED, CONNECTED)
          .row(CALLBACK_DIALING, CALLER_UNREACHED, CALLBACK_WAITING)
          .row(CONNECTED, CALL_ENDED, COMPLETED)
          .build();

  private EntryTable() {
  }
}
