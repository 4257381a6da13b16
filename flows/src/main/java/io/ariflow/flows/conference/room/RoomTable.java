package io.ariflow.flows.conference.room;

import static io.ariflow.flows.conference.room.RoomInput.ABANDONED;
import static io.ariflow.flows.conference.room.RoomInput.ACTIVE_GONE;
import static io.ariflow.flows.conference.room.RoomInput.ADMIT_ACTIVE;
import static io.ariflow.flows.conference.room.RoomInput.ADMIT_WAITING;
import static io.ariflow.flows.conference.room.RoomInput.DRAINED;
import static io.ariflow.flows.conference.room.RoomInput.END;
import static io.ariflow.flows.conference.room.RoomInput.LAST_LEFT;
import static io.ariflow.flows.conference.room.RoomInput.MEMBER_LEFT;
import static io.ariflow.flows.conference.room.RoomState.ACTIVE;
import static io.ariflow.flows.conference.room.RoomState.EMPTY;
import static io.ariflow.flows.conference.room.RoomState.ENDED;
import static io.ariflow.flows.conference.room.RoomState.ENDING;
import static io.ariflow.flows.conference.room.RoomState.WAITING_FOR_MARKED;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of a room. An empty room that nobody entered ends at once (there is no bridge to destroy);
 * the last member leaving ends the room directly; an end decided while members are in the bridge passes through
 * ENDING until they are out.
 */
public final class RoomTable {

  /** The table. */
  public static final TransitionTable<RoomState, RoomInput> TABLE =
      TransitionTable.builder("conference-room", RoomState.class, RoomInput.class)
          .initial(EMPTY)
          .row(EMPTY, ADMIT_WAITING, WAITING_FOR_MARKED)
          .row(EMPTY, ADMIT_ACTIVE, ACTIVE)
          .row(EMPTY, ABANDONED, ENDED)
          .row(EMPTY, END, ENDED)
          .row(WAITING_FOR_MARKED, ADMIT_WAITING, WAITING_FOR_MARKED)
          .row(WAITING_FOR_MARKED, ADMIT_ACTIVE, ACTIVE)
          .row(WAITING_FOR_MARKED, MEMBER_LEFT, WAITING_FOR_MARKED)
          .row(WAITING_FOR_MARKED, LAST_LEFT, ENDED)
          .row(WAITING_FOR_MARKED, END, ENDING)
          .row(ACTIVE, ADMIT_WAITING, ACTIVE)
          .row(ACTIVE, ADMIT_ACTIVE, ACTIVE)
          .row(ACTIVE, MEMBER_LEFT, ACTIVE)
          .row(ACTIVE, ACTIVE_GONE, WAITING_FOR_MARKED)
          .row(ACTIVE, LAST_LEFT, ENDED)
          .row(ACTIVE, END, ENDING)
          .row(ENDING, MEMBER_LEFT, ENDING)
          .row(ENDING, DRAINED, ENDED)
          .build();

  private RoomTable() {
  }
}
