package io.ariflow.flows.steps.queue;

import static io.ariflow.flows.steps.queue.QueuePhase.BRIDGED;
import static io.ariflow.flows.steps.queue.QueuePhase.BRIDGING;
import static io.ariflow.flows.steps.queue.QueuePhase.CAPTURING;
import static io.ariflow.flows.steps.queue.QueuePhase.DONE;
import static io.ariflow.flows.steps.queue.QueuePhase.JOINING;
import static io.ariflow.flows.steps.queue.QueuePhase.WAITING;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.AGENT_LEFT;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.CALLBACK_ACCEPTED;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.CALLBACK_KEY;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.CAPTURE_DROPPED;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.CONNECT;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.EXIT_KEY;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.FAILED;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.JOINED;
import static io.ariflow.flows.steps.queue.QueuePhaseInput.OVERFLOW;

import io.ariflow.flows.state.TransitionTable;

/**
 * The caller's phases in the queue step. The queue keeps the caller's place while they type a callback number,
 * so an agent may still take the call (CONNECT) or the maximum wait may end it (OVERFLOW) meanwhile. The
 * caller's own hangup is not an input: it cancels the step, whose clean-up tells the queue and tears down
 * every leg, the bridge and the music.
 */
public final class QueuePhaseTable {

  /** The queue step's phase table. */
  public static final TransitionTable<QueuePhase, QueuePhaseInput> TABLE =
      TransitionTable.builder("queue-caller", QueuePhase.class, QueuePhaseInput.class)
          .initial(JOINING)
          .row(JOINING, JOINED, WAITING)
          .row(JOINING, OVERFLOW, DONE)
          .row(WAITING, OVERFLOW, DONE)
          .row(WAITING, EXIT_KEY, DONE)
          .row(WAITING, CALLBACK_KEY, CAPTURING)
          .row(WAITING, CONNECT, BRIDGING)
          .row(CAPTURING, CAPTURE_DROPPED, WAITING)
          .row(CAPTURING, CALLBACK_ACCEPTED, DONE)
          .row(CAPTURING, CONNECT, BRIDGING)
          .row(CAPTURING, OVERFLOW, DONE)
          .row(BRIDGING, QueuePhaseInput.BRIDGED, BRIDGED)
          .row(BRIDGING, AGENT_LEFT, DONE)
          .row(BRIDGING, FAILED, DONE)
          .row(BRIDGED, AGENT_LEFT, DONE)
          .build();

  private QueuePhaseTable() {
  }
}
