package io.ariflow.app.ari.ws;

/** Where the events connection stands, for health checks and the operator. */
public enum ConnectionState {
  /** First connection attempt, or a deliberate {@code reclaim()}, under way; no events yet. */
  CONNECTING,
  /** The WebSocket is open and answers pings; events flow. */
  CONNECTED,
  /** The connection was lost or refused; retrying with backoff, for ever. Events meanwhile are lost. */
  DEGRADED,
  /** Another ARI client took the application; no events and, on purpose, no reconnect until reclaimed. */
  REPLACED,
  /** The verticle was undeployed. */
  STOPPED
}
