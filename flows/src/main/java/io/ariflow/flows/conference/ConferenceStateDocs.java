package io.ariflow.flows.conference;

import io.ariflow.flows.conference.originate.ClickToCallTable;
import io.ariflow.flows.conference.pickup.PickupTable;
import io.ariflow.flows.conference.room.LockTable;
import io.ariflow.flows.conference.room.MemberTable;
import io.ariflow.flows.conference.room.MuteTable;
import io.ariflow.flows.conference.room.RecordingTable;
import io.ariflow.flows.conference.room.RoomTable;
import io.ariflow.flows.conference.room.TalkTable;
import io.ariflow.flows.conference.supervision.SupervisionTable;
import io.ariflow.flows.state.StateMachinePage;
import java.util.List;

/**
 * The page of the tables of rooms, members, supervision, pickup and click-to-call, generated into
 * {@code flows/docs/conference-state-machines.md}.
 */
public final class ConferenceStateDocs {

  /** The page. */
  public static final StateMachinePage PAGE = new StateMachinePage(
      "Conference, supervision, pickup and click-to-call state machines",
      "Generated from the transition tables in `io.ariflow.flows.conference` by"
          + " `ConferenceStateDocsTest`; do not edit by hand. Anything not listed is illegal and is reported"
          + " with the object's recent history. Self-rows (`(same)`) are tolerated repeats, declared on"
          + " purpose. The protocol around them is described in `conference.md`.",
      List.of(RoomTable.TABLE, LockTable.TABLE, RecordingTable.TABLE, MemberTable.TABLE, MuteTable.TABLE,
          TalkTable.TABLE, SupervisionTable.TABLE, PickupTable.TABLE, ClickToCallTable.TABLE));

  private ConferenceStateDocs() {
  }
}
