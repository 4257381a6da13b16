package io.ariflow.app.ari.rest;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Builds {@link Transport} failures, each with the advice an operator needs. Netty and Vert.x report
 * the same situation with several exception types; they are folded into one {@link TransportKind}.
 */
final class TransportFailures {

  private TransportFailures() {}

  static Transport of(AriExchange exchange, Throwable cause, Duration timeout) {
    if (cause instanceof TimeoutException) {
      return timeout(exchange, "no answer within " + timeout.toMillis() + " ms", cause);
    }
    if (cause instanceof ConnectException) {
      return new Transport(exchange, TransportKind.CONNECTION_REFUSED, "nothing accepts connections"
          + " at the ARI address: is Asterisk running, with http.conf enabled=yes and the right"
          + " bindaddr/bindport?", cause);
    }
    if (cause instanceof HttpClosedException || cause instanceof IOException) {
      return new Transport(exchange, TransportKind.CONNECTION_LOST, "the connection closed before a"
          + " complete answer: Asterisk restarting or crashed, or http.conf sessionlimit reached",
          cause);
    }
    if (cause instanceof ConnectionPoolTooBusyException) {
      return new Transport(exchange, TransportKind.IN_FLIGHT_CAP,
          "the HTTP connection pool queue is full", cause);
    }
    return new Transport(exchange, TransportKind.OTHER, String.valueOf(cause.getMessage()), cause);
  }

  static Transport timeout(AriExchange exchange, String what, Throwable cause) {
    return new Transport(exchange, TransportKind.TIMEOUT,
        what + ": Asterisk overloaded or stuck (try 'core show taskprocessors')", cause);
  }

  static Transport breakerOpen(AriExchange exchange) {
    return new Transport(exchange, TransportKind.BREAKER_OPEN, "not sent: the circuit breaker is"
        + " open after repeated Asterisk failures and fails fast until it probes again", null);
  }

  static Transport queueTimeout(AriExchange exchange, long waitedMillis) {
    return new Transport(exchange, TransportKind.IN_FLIGHT_CAP, "not sent: waited " + waitedMillis
        + " ms for an in-flight slot; ariflow is saturated (shed calls or raise maxInFlight)", null);
  }

  static Transport inFlightCap(AriExchange exchange, int maxInFlight, int maxQueued) {
    return new Transport(exchange, TransportKind.IN_FLIGHT_CAP, "not sent: " + maxInFlight
        + " requests in flight and " + maxQueued + " queued; ariflow is saturated (shed calls or"
        + " raise maxInFlight/maxQueued, within http.conf sessionlimit)", null);
  }
}
