package io.ariflow.app.ari.rest;

/** Why no answer came back from Asterisk; each kind carries its own advice in the failure message. */
public enum TransportKind {
  /** Nothing accepts connections at the ARI address (Asterisk down, restarting, or wrong host/port). */
  CONNECTION_REFUSED,
  /** The connection closed or was reset before a complete response (restart, crash, session limit). */
  CONNECTION_LOST,
  /** No response within the request timeout, or too long in ariflow's own wait queue. */
  TIMEOUT,
  /** The circuit breaker is open after repeated Asterisk failures; the request was not sent. */
  BREAKER_OPEN,
  /** The in-flight cap and its wait queue are full; the request was not sent. */
  IN_FLIGHT_CAP,
  /** Anything else: DNS, TLS, protocol errors. */
  OTHER
}
