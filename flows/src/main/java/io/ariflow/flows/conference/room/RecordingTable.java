package io.ariflow.flows.conference.room;

import static io.ariflow.flows.conference.room.RecordingInput.FAILED;
import static io.ariflow.flows.conference.room.RecordingInput.FINISHED;
import static io.ariflow.flows.conference.room.RecordingInput.START;
import static io.ariflow.flows.conference.room.RecordingInput.STARTED;
import static io.ariflow.flows.conference.room.RecordingInput.STOP;
import static io.ariflow.flows.conference.room.RecordingState.IDLE;
import static io.ariflow.flows.conference.room.RecordingState.RECORDING;
import static io.ariflow.flows.conference.room.RecordingState.STARTING;
import static io.ariflow.flows.conference.room.RecordingState.STOPPING;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of a room's recording. A stop may overtake RecordingStarted (STOPPING tolerates it), and a
 * recording may finish on its own (RECORDING on FINISHED) when Asterisk gives up.
 */
public final class RecordingTable {

  /** The table. */
  public static final TransitionTable<RecordingState, RecordingInput> TABLE =
      TransitionTable.builder("conference-recording", RecordingState.class, RecordingInput.class)
          .initial(IDLE)
          .row(IDLE, START, STARTING)
          .row(STARTING, STARTED, RECORDING)
          .row(STARTING, STOP, STOPPING)
          .row(STARTING, FAILED, IDLE)
          .row(RECORDING, STOP, STOPPING)
          .row(RECORDING, FINISHED, IDLE)
          .row(RECORDING, FAILED, IDLE)
          .row(STOPPING, STARTED, STOPPING)
          .row(STOPPING, FINISHED, IDLE)
          .row(STOPPING, FAILED, IDLE)
          .build();

  private RecordingTable() {
  }
}
