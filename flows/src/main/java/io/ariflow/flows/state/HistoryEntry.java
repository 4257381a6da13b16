package io.ariflow.flows.state;

/**
 * One applied transition in an object's recent history, kept so that an illegal event can be reported with
 * what led up to it.
 *
 * @param table the name of the table whose row was applied
 * @param input the input
 * @param from the state before
 * @param to the state after
 * @param detail what caused it, e.g. the ARI event type and timestamp
 */
public record HistoryEntry(String table, Enum<?> input, Enum<?> from, Enum<?> to, String detail) {

  @Override
  public String toString() {
    return table + ": " + from.name() + " --" + input.name() + "--> " + to.name() + " (" + detail + ")";
  }
}
