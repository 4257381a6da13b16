package io.ariflow.app.ari.ws;

/** What can happen to the events connection; each one moves it along {@link ConnectionTransition#TABLE}. */
enum ConnectionInput {
  HANDSHAKE_SUCCEEDED,
  HANDSHAKE_FAILED,
  CONNECTION_LOST,
  APPLICATION_REPLACED,
  RECLAIM,
  STOP
}
