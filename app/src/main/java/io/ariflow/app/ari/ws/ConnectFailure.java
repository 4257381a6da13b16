package io.ariflow.app.ari.ws;

import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import io.vertx.core.http.UpgradeRejectedException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Why a connection attempt failed or an open connection was lost, in words an operator can act on. The
 * texts are also the keys that keep a failure repeated on every retry to a single log line.
 *
 * @param reason the operator-facing explanation; never contains credentials
 * @param needsOperator true when retrying alone cannot fix it (wrong credentials, bad request)
 */
record ConnectFailure(String reason, boolean needsOperator) {
  /** RFC 6455 code a WebSocket stack reports when the TCP connection ended without a close frame. */
  private static final short ABNORMAL_CLOSURE = 1006;

  static ConnectFailure of(Throwable error, AriEventOptions options) {
    if (error instanceof UpgradeRejectedException rejected) {
      return rejected(rejected.getStatus(), options);
    }
    String target = options.uri().getHost() + ":" + EventsEndpoint.port(options);
    if (error instanceof TimeoutException || error.getClass().getSimpleName().contains("Timeout")) {
      return new ConnectFailure("no answer from " + target + " within " + options.handshakeTimeout().toMillis()
          + " ms (handshake timeout)", false);
    }
    if (error instanceof WebSocketHandshakeException) {
      return new ConnectFailure("connection to " + target + " closed before the WebSocket handshake completed "
          + "(no answer within " + options.handshakeTimeout().toMillis() + " ms, or Asterisk hung up)", false);
    }
    if (error instanceof ConnectException) {
      return new ConnectFailure("connection to " + target + " refused: Asterisk is down or restarting", false);
    }
    if (error instanceof UnknownHostException) {
      return new ConnectFailure("cannot resolve host " + options.uri().getHost(), true);
    }
    return new ConnectFailure("cannot reach " + target + ": " + error.getClass().getSimpleName() + ": "
        + error.getMessage(), false);
  }

  static ConnectFailure closed(Short code, String text) {
    if (code == null || code == ABNORMAL_CLOSURE) {
      return new ConnectFailure("connection dropped without a close frame (Asterisk restarted or the network failed)",
          false);
    }
    String detail = text == null || text.isEmpty() ? "" : " '" + text + "'";
    return new ConnectFailure("Asterisk closed the WebSocket (code " + code + detail + ")", false);
  }

  static ConnectFailure noPong(Duration pongTimeout) {
    return new ConnectFailure("no pong within " + pongTimeout.toMillis() + " ms: connection presumed dead", false);
  }

  private static ConnectFailure rejected(int status, AriEventOptions options) {
    return switch (status) {
      case 401, 403 -> new ConnectFailure("ARI refused the credentials of user '" + options.user() + "' (HTTP "
          + status + "): check the ARI user and password in the ariflow configuration and in ari.conf", true);
      case 404 -> new ConnectFailure(
          "ARI events endpoint not found (HTTP 404): Asterisk is still starting or the URL path is wrong", false);
      case 503 -> new ConnectFailure("Asterisk is not fully booted yet (HTTP 503)", false);
      case 400 -> new ConnectFailure("ARI rejected the events request (HTTP 400): check the app name", true);
      default -> new ConnectFailure("ARI refused the WebSocket upgrade (HTTP " + status + ")", false);
    };
  }
}
