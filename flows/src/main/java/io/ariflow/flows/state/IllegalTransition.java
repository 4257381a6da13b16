package io.ariflow.flows.state;

import java.util.List;

/**
 * An input that did not fit an object's table (or its bookkeeping, such as leaving a bridge it is not in),
 * reported with the object's recent history instead of being applied.
 *
 * @param objectId the channel or bridge id
 * @param table the name of the table (or check) that refused the input
 * @param from the state the object was in
 * @param input the refused input
 * @param detail what carried the input, e.g. the ARI event type and timestamp
 * @param reason why it was refused
 * @param history the object's recent transitions, oldest first
 */
public record IllegalTransition(
    String objectId, String table, Enum<?> from, Enum<?> input, String detail, String reason,
    List<HistoryEntry> history) {

  /** Copies the history so the report stays a value. */
  public IllegalTransition {
    history = List.copyOf(history);
  }

  /** A multi-line description for logs and exception messages. */
  public String describe() {
    StringBuilder out = new StringBuilder()
        .append(objectId).append(": illegal ").append(input.name()).append(" in ").append(table)
        .append(" state ").append(from.name()).append(" (").append(detail).append("): ").append(reason);
    if (history.isEmpty()) {
      out.append("\n  (no earlier transitions)");
    }
    for (HistoryEntry entry : history) {
      out.append("\n  ").append(entry);
    }
    return out.toString();
  }
}
