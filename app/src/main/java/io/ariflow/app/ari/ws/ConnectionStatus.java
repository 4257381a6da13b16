package io.ariflow.app.ari.ws;

import java.time.Instant;
import java.util.Optional;

/**
 * An immutable snapshot of the events connection for health checks: safe to read from any thread.
 *
 * @param state where the connection stands
 * @param since when it entered {@code state} (a DEGRADED connection keeps the instant of the loss across retries)
 * @param generation number of successful handshakes so far; each new value means "events may have been lost
 *     before this, reconcile"
 * @param attempts consecutive failures (the loss itself and each refused attempt) since the last successful
 *     handshake; 0 while connected
 * @param lastFailure the most recent reason for a loss or refusal, kept after recovery for diagnosis
 */
public record ConnectionStatus(
    ConnectionState state, Instant since, long generation, long attempts, Optional<String> lastFailure) {

  static ConnectionStatus initial(Instant now) {
    return new ConnectionStatus(ConnectionState.CONNECTING, now, 0, 0, Optional.empty());
  }

  ConnectionStatus after(ConnectionTransition transition, Instant at, Optional<String> failure) {
    Instant newSince = transition.to() == state ? since : at;
    long newGeneration = transition.input() == ConnectionInput.HANDSHAKE_SUCCEEDED ? generation + 1 : generation;
    return new ConnectionStatus(transition.to(), newSince, newGeneration, attemptsAfter(transition.input()),
        failure.or(() -> lastFailure));
  }

  private long attemptsAfter(ConnectionInput input) {
    return switch (input) {
      case HANDSHAKE_SUCCEEDED, RECLAIM -> 0;
      case HANDSHAKE_FAILED, CONNECTION_LOST -> attempts + 1;
      case APPLICATION_REPLACED, STOP -> attempts;
    };
  }
}
