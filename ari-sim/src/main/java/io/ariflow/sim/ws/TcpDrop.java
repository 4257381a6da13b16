package io.ariflow.sim.ws;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Drops a connection at the TCP level. Vert.x sends a close frame whenever a WebSocket or its connection is
 * closed, even through the Netty pipeline, so this closes the transport below the pipeline (Netty's unsafe
 * close) on the connection's channel (an internal Vert.x class, isolated here); if that is not available it
 * falls back to an ordinary close.
 */
final class TcpDrop {

  private TcpDrop() {}

  static void drop(HttpConnection connection, ServerWebSocket ws) {
    if (connection instanceof ConnectionBase base) {
      io.netty.channel.Channel channel = base.channel();
      channel.unsafe().close(channel.voidPromise());
    } else {
      ws.close();
    }
  }
}
