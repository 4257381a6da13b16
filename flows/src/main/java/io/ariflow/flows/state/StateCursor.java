package io.ariflow.flows.state;

import java.util.Optional;

/**
 * The current state of one object in one table. Lookup and apply are separate so that a machine driving
 * several tables can check an input against all of them before changing any, keeping outcomes atomic.
 *
 * @param <S> the state enum
 * @param <I> the input enum
 */
public final class StateCursor<S extends Enum<S>, I extends Enum<I>> {

  private final TransitionTable<S, I> table;
  private final TransitionHistory history;
  private final TransitionObserver observer;
  private S current;

  /** A cursor at {@code initial}, logging to {@code history} and reporting rows to {@code observer}. */
  public StateCursor(
      TransitionTable<S, I> table, S initial, TransitionHistory history, TransitionObserver observer) {
    this.table = table;
    this.current = initial;
    this.history = history;
    this.observer = observer;
  }

  /** The current state. */
  public S current() {
    return current;
  }

  /** The table this cursor follows. */
  public TransitionTable<S, I> table() {
    return table;
  }

  /** The row {@code input} would follow from the current state, or empty when it is illegal. */
  public Optional<Transition<S, I>> lookup(I input) {
    return table.find(current, input);
  }

  /** Applies {@code row}, which must start at the current state; records and reports it. */
  public HistoryEntry apply(Transition<S, I> row, String detail) {
    if (row.from() != current || !table.contains(row)) {
      throw new IllegalArgumentException(table.name() + ": row " + row + " does not apply in " + current);
    }
    current = row.to();
    HistoryEntry entry = new HistoryEntry(table.name(), row.input(), row.from(), row.to(), detail);
    history.add(entry);
    observer.visited(table, row);
    return entry;
  }

  /** The report for an {@code input} that has no row in the current state. */
  public IllegalTransition refuse(String objectId, I input, String detail) {
    String reason = "no row for (" + current.name() + ", " + input.name() + "); accepted here: "
        + table.inputsAccepted(current);
    return new IllegalTransition(objectId, table.name(), current, input, detail, reason, history.recent());
  }
}
