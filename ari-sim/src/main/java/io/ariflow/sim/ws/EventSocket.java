package io.ariflow.sim.ws;

import io.ariflow.sim.core.EventSink;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;

/** One events WebSocket: the apps it asked for and the connection to drop abruptly on demand. */
public final class EventSocket implements EventSink {

  private final ServerWebSocket ws;
  private final HttpConnection connection;
  private final List<String> apps;
  private boolean closed;

  EventSocket(ServerWebSocket ws, HttpConnection connection, List<String> apps) {
    this.ws = ws;
    this.connection = connection;
    this.apps = apps;
  }

  @Override
  public void send(String text) {
    if (!closed) {
      ws.writeTextMessage(text);
    }
  }

  List<String> apps() {
    return apps;
  }

  boolean closed() {
    return closed;
  }

  void markClosed() {
    closed = true;
  }

  /** Closes the TCP connection without a WebSocket close frame, like a crashing Asterisk. */
  public void drop() {
    closed = true;
    TcpDrop.drop(connection, ws);
  }
}
