package io.ariflow.app.ari.ws;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket attempt and, once open, its liveness check. The connection compares callbacks' socket with
 * its current one, so a late close or frame from a socket it already gave up on never triggers anything.
 */
final class EventSocket {
  private static final Logger LOG = LoggerFactory.getLogger(EventSocket.class);

  private final ClientWebSocket ws;
  private PingMonitor liveness;
  private boolean opened;

  EventSocket(ClientWebSocket ws) {
    this.ws = ws;
  }

  ClientWebSocket ws() {
    return ws;
  }

  boolean opened() {
    return opened;
  }

  /** Marks the handshake done and starts the liveness check. */
  void open(PingMonitor monitor) {
    opened = true;
    liveness = monitor;
    monitor.start();
  }

  void alive() {
    if (liveness != null) {
      liveness.alive();
    }
  }

  void ping() {
    ws.writePing(Buffer.buffer("ariflow")).onFailure(error -> LOG.debug("ARI events: ping not sent: {}", error.toString()));
  }

  /** The handshake completed after the connection gave up on this socket: close it at once. */
  void closeLateOpened() {
    opened = true;
    discard();
  }

  /** Stops the liveness check and closes the socket if it is open; its later callbacks are ignored. */
  void discard() {
    if (liveness != null) {
      liveness.stop();
    }
    if (opened && !ws.isClosed()) {
      ws.close().onFailure(error -> LOG.debug("ARI events: close of a discarded socket: {}", error.toString()));
    }
  }
}
