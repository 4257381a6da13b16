package io.ariflow.flows.state;

import java.util.List;
import java.util.Objects;

/**
 * One Markdown page of state machines with a Mermaid diagram and a row table per machine, rendered from the tables
 * the machines run on, so the docs cannot drift from them.
 *
 * @param title the page's heading
 * @param intro the paragraph under it
 * @param tables the machines, in page order
 */
public record StateMachinePage(String title, String intro, List<TransitionTable<?, ?>> tables) {

  /** Copies the tables and rejects nulls. */
  public StateMachinePage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(intro, "intro");
    tables = List.copyOf(tables);
  }

  /** The whole page. */
  public String render() {
    StringBuilder page = new StringBuilder().append("# ").append(title).append("\n\n").append(intro).append('\n');
    for (TransitionTable<?, ?> table : tables) {
      page.append("\n## ").append(table.name()).append(" (").append(table.rows().size()).append(" rows)\n\n")
          .append("States: `").append(table.stateType().getSimpleName()).append("`; inputs: `")
          .append(table.inputType().getSimpleName()).append("`.\n\n")
          .append("```mermaid\n").append(table.toMermaid()).append("```\n\n")
          .append(table.toMarkdown());
    }
    return page.toString();
  }
}
