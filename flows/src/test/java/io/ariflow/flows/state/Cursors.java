package io.ariflow.flows.state;

/** Drives a bare {@link StateCursor} in table tests; an input without a row fails the test with the report. */
final class Cursors {

  private Cursors() {
  }

  static <S extends Enum<S>, I extends Enum<I>> StateCursor<S, I> at(
      TransitionTable<S, I> table, S initial, TransitionObserver observer) {
    return new StateCursor<>(table, initial, new TransitionHistory(8), observer);
  }

  @SafeVarargs
  static <S extends Enum<S>, I extends Enum<I>> S feed(StateCursor<S, I> cursor, I... inputs) {
    for (I input : inputs) {
      Transition<S, I> row = cursor.lookup(input)
          .orElseThrow(() -> new AssertionError(cursor.refuse("test", input, "test").describe()));
      cursor.apply(row, "test " + input);
    }
    return cursor.current();
  }
}
