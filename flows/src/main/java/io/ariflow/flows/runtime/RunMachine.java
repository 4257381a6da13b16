package io.ariflow.flows.runtime;

import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.IllegalTransition;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's position in {@link RunTable} with its recent history. An input the table does not allow is a bug
 * in the interpreter: it is logged with the history and changes nothing, so a call is never dropped for it.
 */
final class RunMachine {

  private static final Logger LOG = LoggerFactory.getLogger(RunMachine.class);

  private final String callId;
  private final TransitionHistory history = new TransitionHistory(32);
  private final StateCursor<RunState, RunInput> cursor;

  RunMachine(String callId, TransitionObserver observer) {
    this.callId = callId;
    this.cursor = new StateCursor<>(RunTable.TABLE, RunState.NEW, history, observer);
  }

  /** Applies {@code input}; returns the refusal when the table has no row for it. */
  Optional<IllegalTransition> fire(RunInput input, String detail) {
    Optional<Transition<RunState, RunInput>> row = cursor.lookup(input);
    if (row.isEmpty()) {
      IllegalTransition refused = cursor.refuse(callId, input, detail);
      LOG.error("call {}: {}", callId, refused.describe());
      return Optional.of(refused);
    }
    cursor.apply(row.get(), detail);
    return Optional.empty();
  }

  /** Whether {@code input} is allowed now. */
  boolean accepts(RunInput input) {
    return cursor.lookup(input).isPresent();
  }

  RunState state() {
    return cursor.current();
  }

  List<HistoryEntry> history() {
    return history.recent();
  }
}
