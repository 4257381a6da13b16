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
import io.ariflow.flows.state.TransitionTable;
import java.util.List;

/**
 * Renders the tables of rooms, members, supervision, pickup and click-to-call as one Markdown page with Mermaid
 * diagrams, generated from the data the machines run on so the docs cannot drift from them.
 */
public final class ConferenceStateDocs {

  private static final List<TransitionTable<?, ?>> TABLES = List.of(RoomTable.TABLE, LockTable.TABLE,
      RecordingTable.TABLE, MemberTable.TABLE, MuteTable.TABLE, TalkTable.TABLE, SupervisionTable.TABLE,
      PickupTable.TABLE, ClickToCallTable.TABLE);

  private ConferenceStateDocs() {
  }

  /** The tables documented, in page order. */
  public static List<TransitionTable<?, ?>> tables() {
    return TABLES;
  }

  /** The whole page. */
  public static String render() {
    StringBuilder page = new StringBuilder()
        .append("# Conference, supervision, pickup and click-to-call state machines\n\n")
        .append("Generated from the transition tables in `io.ariflow.flows.conference` by")
        .append(" `ConferenceStateDocsTest`; do not edit by hand. Anything not listed is illegal and is reported")
        .append(" with the object's recent history. Self-rows (`(same)`) are tolerated repeats, declared on")
        .append(" purpose. The protocol around them is described in `conference.md`.\n");
    for (TransitionTable<?, ?> table : TABLES) {
      page.append("\n## ").append(table.name()).append(" (").append(table.rows().size()).append(" rows)\n\n")
          .append("States: `").append(table.stateType().getSimpleName()).append("`; inputs: `")
          .append(table.inputType().getSimpleName()).append("`.\n\n")
          .append("```mermaid\n").append(table.toMermaid()).append("```\n\n")
          .append(table.toMarkdown());
    }
    return page.toString();
  }
}
