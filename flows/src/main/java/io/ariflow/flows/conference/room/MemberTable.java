package io.ariflow.flows.conference.room;

import static io.ariflow.flows.conference.room.MemberInput.ADMIT;
import static io.ariflow.flows.conference.room.MemberInput.ADMIT_WAITING;
import static io.ariflow.flows.conference.room.MemberInput.DEMOTE;
import static io.ariflow.flows.conference.room.MemberInput.END;
import static io.ariflow.flows.conference.room.MemberInput.FORGET;
import static io.ariflow.flows.conference.room.MemberInput.HANG_UP;
import static io.ariflow.flows.conference.room.MemberInput.KICK;
import static io.ariflow.flows.conference.room.MemberInput.LEAVE;
import static io.ariflow.flows.conference.room.MemberInput.LEFT_BRIDGE;
import static io.ariflow.flows.conference.room.MemberInput.PIN_WRONG;
import static io.ariflow.flows.conference.room.MemberInput.PROMOTE;
import static io.ariflow.flows.conference.room.MemberInput.REFUSE;
import static io.ariflow.flows.conference.room.MemberState.IN_ROOM;
import static io.ariflow.flows.conference.room.MemberState.JOINING;
import static io.ariflow.flows.conference.room.MemberState.KICKED;
import static io.ariflow.flows.conference.room.MemberState.LEAVING;
import static io.ariflow.flows.conference.room.MemberState.LEFT;
import static io.ariflow.flows.conference.room.MemberState.REFUSED;
import static io.ariflow.flows.conference.room.MemberState.WAITING;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of a member. A kicked member's hangup and ChannelLeftBridge are expected repeats (the race
 * "hangs up while being kicked"), as are ChannelLeftBridge events caused by our own moves (sent back to wait); a
 * waiting member is not in the bridge, so the room ending releases it at once.
 */
public final class MemberTable {

  /** The table. */
  public static final TransitionTable<MemberState, MemberInput> TABLE =
      TransitionTable.builder("conference-member", MemberState.class, MemberInput.class)
          .initial(JOINING)
          .row(JOINING, PIN_WRONG, JOINING)
          .row(JOINING, ADMIT_WAITING, WAITING)
          .row(JOINING, ADMIT, IN_ROOM)
          .row(JOINING, REFUSE, REFUSED)
          .row(JOINING, END, REFUSED)
          .row(JOINING, HANG_UP, LEFT)
          .row(WAITING, PROMOTE, IN_ROOM)
          .row(WAITING, LEAVE, LEFT)
          .row(WAITING, KICK, KICKED)
          .row(WAITING, END, LEFT)
          .row(WAITING, HANG_UP, LEFT)
          .row(IN_ROOM, DEMOTE, WAITING)
          .row(IN_ROOM, LEAVE, LEAVING)
          .row(IN_ROOM, KICK, KICKED)
          .row(IN_ROOM, END, LEAVING)
          .row(IN_ROOM, HANG_UP, LEFT)
          .row(LEAVING, LEFT_BRIDGE, LEFT)
          .row(LEAVING, HANG_UP, LEFT)
          .row(LEAVING, FORGET, LEFT)
          .tolerate(LEFT_BRIDGE, WAITING, IN_ROOM, LEFT, KICKED)
          .tolerate(HANG_UP, LEFT, KICKED, REFUSED)
          .build();

  private MemberTable() {
  }
}
