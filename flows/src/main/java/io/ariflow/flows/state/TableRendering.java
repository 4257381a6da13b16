package io.ariflow.flows.state;

import java.util.EnumSet;
import java.util.Set;

/**
 * Renders a {@link TransitionTable} for the docs: a Mermaid state diagram and a Markdown table. States
 * whose display name differs from the enum name (ARI's "Dialing Offhook") get a Mermaid alias.
 */
final class TableRendering {

  private TableRendering() {
  }

  static <S extends Enum<S>, I extends Enum<I>> String mermaid(TransitionTable<S, I> table) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (S state : usedStates(table)) {
      if (!state.toString().equals(state.name())) {
        out.append("    state \"").append(state).append("\" as ").append(state.name()).append('\n');
      }
    }
    for (S state : table.initialStates()) {
      out.append("    [*] --> ").append(state.name()).append('\n');
    }
    for (Transition<S, I> row : table.rows()) {
      out.append("    ").append(row.from().name()).append(" --> ").append(row.to().name())
          .append(" : ").append(row.input().name()).append('\n');
    }
    return out.toString();
  }

  static <S extends Enum<S>, I extends Enum<I>> String markdown(TransitionTable<S, I> table) {
    StringBuilder out = new StringBuilder("| from | input | to |\n|---|---|---|\n");
    for (Transition<S, I> row : table.rows()) {
      out.append("| ").append(row.from()).append(" | ").append(row.input()).append(" | ")
          .append(row.isSelf() ? "(same)" : row.to().toString()).append(" |\n");
    }
    return out.toString();
  }

  private static <S extends Enum<S>, I extends Enum<I>> Set<S> usedStates(TransitionTable<S, I> table) {
    Set<S> states = EnumSet.copyOf(table.initialStates());
    for (Transition<S, I> row : table.rows()) {
      states.add(row.from());
      states.add(row.to());
    }
    return states;
  }
}
