package io.ariflow.flows.state;

/**
 * Told about every row a machine applies; tests use it to check that each row of a table was exercised,
 * and metrics may count transitions. Injected per machine, so nothing is global.
 */
@FunctionalInterface
public interface TransitionObserver {

  /** An observer that does nothing. */
  TransitionObserver NONE = (table, row) -> { };

  /** Called after {@code row} of {@code table} was applied. */
  void visited(TransitionTable<?, ?> table, Transition<?, ?> row);
}
