package io.ariflow.sim.ws;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Drops a connection at the TCP level. Vert.x always sends a close frame when a WebSocket or its HTTP
 * connection is closed through the public API, so this reaches the Netty channel of the connection (an
 * internal class, isolated here); if that is not available it falls back to an ordinary close.
 */
final class TcpDrop {

  private TcpDrop() {}

  static void drop(HttpConnection connection, ServerWebSocket ws) {
    if (connection instanceof ConnectionBase base) {
      base.channel().close();
    } else {
      ws.close();
    }
  }
}
