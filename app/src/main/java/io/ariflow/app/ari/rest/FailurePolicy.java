package io.ariflow.app.ari.rest;

/**
 * Which failures say something about Asterisk's health. Only those are retried (for idempotent
 * requests) and counted by the circuit breaker; call-state answers (404/409/412/422), bad requests,
 * credentials and undecodable 2xx bodies say nothing about health, and local refusals never reached it.
 */
final class FailurePolicy {

  private FailurePolicy() {}

  static boolean saysAsteriskIsUnwell(Throwable failure) {
    if (failure instanceof Transport transport) {
      return !transport.refusedLocally();
    }
    return failure instanceof ServerError server && server.serverUnhealthy();
  }
}
