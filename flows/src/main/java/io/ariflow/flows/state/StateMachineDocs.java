package io.ariflow.flows.state;

import java.util.List;

/**
 * Renders every table of this package as one Markdown page with Mermaid diagrams, so the docs are generated
 * from the same data the machines run on and cannot drift from them.
 */
public final class StateMachineDocs {

  private static final List<TransitionTable<?, ?>> TABLES = List.of(
      ChannelLifeTable.TABLE, BridgeMembershipTable.TABLE, ChannelStateTable.TABLE, BridgeTable.TABLE);

  private StateMachineDocs() {
  }

  /** The tables documented, in page order. */
  public static List<TransitionTable<?, ?>> tables() {
    return TABLES;
  }

  /** The whole page. */
  public static String render() {
    StringBuilder page = new StringBuilder()
        .append("# Channel and bridge state machines\n\n")
        .append("Generated from the transition tables in `io.ariflow.flows.state` by `StateMachineDocsTest`;")
        .append(" do not edit by hand. Anything not listed is illegal and is reported with the object's")
        .append(" recent history. Self-rows (`(same)`) are tolerated repeats, declared on purpose.\n");
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
