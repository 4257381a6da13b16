package io.ariflow.app.ari.ws;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Owns the connection status: moves it through {@link ConnectionTransition#TABLE}, keeps the last moves for
 * error reports and publishes each new snapshot. Mutated only on the connection's event loop; the snapshot
 * field is volatile so health checks may read it from anywhere.
 */
final class ConnectionTracker {
  private static final int HISTORY_SIZE = 16;

  private final Consumer<ConnectionStatus> listener;
  private final Deque<String> history = new ArrayDeque<>();
  private volatile ConnectionStatus status;

  ConnectionTracker(Instant now, Consumer<ConnectionStatus> listener) {
    this.status = ConnectionStatus.initial(now);
    this.listener = listener;
  }

  ConnectionStatus status() {
    return status;
  }

  /** Applies {@code input}; throws if the table has no such move from the current state. */
  ConnectionStatus apply(ConnectionInput input, Instant at, Optional<String> failure) {
    ConnectionStatus current = status;
    ConnectionTransition transition = ConnectionTransition.find(current.state(), input)
        .orElseThrow(() -> new IllegalStateException("illegal events-connection input " + input + " in state "
            + current.state() + "; recent history: " + history));
    ConnectionStatus next = current.after(transition, at, failure);
    remember(at + " " + transition.from() + " -" + input + "-> " + transition.to());
    status = next;
    listener.accept(next);
    return next;
  }

  private void remember(String line) {
    if (history.size() == HISTORY_SIZE) {
      history.removeFirst();
    }
    history.addLast(line);
  }
}
