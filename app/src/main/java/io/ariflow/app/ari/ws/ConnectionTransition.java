package io.ariflow.app.ari.ws;

import static io.ariflow.app.ari.ws.ConnectionInput.APPLICATION_REPLACED;
import static io.ariflow.app.ari.ws.ConnectionInput.CONNECTION_LOST;
import static io.ariflow.app.ari.ws.ConnectionInput.HANDSHAKE_FAILED;
import static io.ariflow.app.ari.ws.ConnectionInput.HANDSHAKE_SUCCEEDED;
import static io.ariflow.app.ari.ws.ConnectionInput.RECLAIM;
import static io.ariflow.app.ari.ws.ConnectionInput.STOP;
import static io.ariflow.app.ari.ws.ConnectionState.CONNECTED;
import static io.ariflow.app.ari.ws.ConnectionState.CONNECTING;
import static io.ariflow.app.ari.ws.ConnectionState.DEGRADED;
import static io.ariflow.app.ari.ws.ConnectionState.REPLACED;
import static io.ariflow.app.ari.ws.ConnectionState.STOPPED;

import java.util.List;
import java.util.Optional;

/**
 * One legal move of the events connection. {@link #TABLE} lists them all; anything else is a bug and is
 * reported with the connection's recent history. DEGRADED stays DEGRADED while retries fail, so "since"
 * tells the operator how long events have been missing.
 */
record ConnectionTransition(ConnectionState from, ConnectionInput input, ConnectionState to) {

  static final List<ConnectionTransition> TABLE = List.of(
      new ConnectionTransition(CONNECTING, HANDSHAKE_SUCCEEDED, CONNECTED),
      new ConnectionTransition(CONNECTING, HANDSHAKE_FAILED, DEGRADED),
      new ConnectionTransition(CONNECTING, STOP, STOPPED),
      new ConnectionTransition(CONNECTED, CONNECTION_LOST, DEGRADED),
      new ConnectionTransition(CONNECTED, APPLICATION_REPLACED, REPLACED),
      new ConnectionTransition(CONNECTED, STOP, STOPPED),
      new ConnectionTransition(DEGRADED, HANDSHAKE_SUCCEEDED, CONNECTED),
      new ConnectionTransition(DEGRADED, HANDSHAKE_FAILED, DEGRADED),
      new ConnectionTransition(DEGRADED, STOP, STOPPED),
      new ConnectionTransition(REPLACED, RECLAIM, CONNECTING),
      new ConnectionTransition(REPLACED, STOP, STOPPED));

  static Optional<ConnectionTransition> find(ConnectionState from, ConnectionInput input) {
    return TABLE.stream().filter(t -> t.from == from && t.input == input).findFirst();
  }
}
