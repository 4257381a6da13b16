package io.ariflow.app.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Asterisk's HTTP server: each connection is served strictly one request at a time and
 * every request takes the same service time, so a request sent on a busy connection waits for the
 * one ahead of it. Connections are served independently, as Asterisk gives each one its own thread.
 */
final class SerialAsteriskServer {

  private final Vertx vertx;
  private final long serviceMillis;
  private final AtomicInteger openConnections = new AtomicInteger();
  private final AtomicInteger peakConnections = new AtomicInteger();
  private HttpServer server;

  SerialAsteriskServer(Vertx vertx, long serviceMillis) {
    this.vertx = vertx;
    this.serviceMillis = serviceMillis;
  }

  Future<Integer> start() {
    server = vertx.createHttpServer(new HttpServerOptions().setPort(0).setHost("127.0.0.1"))
        .connectionHandler(connection -> {
          peakConnections.accumulateAndGet(openConnections.incrementAndGet(), Math::max);
          connection.closeHandler(closed -> openConnections.decrementAndGet());
        })
        .requestHandler(this::serve);
    return server.listen().map(HttpServer::actualPort);
  }

  /** The most connections open at once since the last reset. */
  int peakConnectionsAndReset() {
    return peakConnections.getAndSet(openConnections.get());
  }

  Future<Void> stop() {
    return server.close();
  }

  private void serve(HttpServerRequest request) {
    vertx.setTimer(serviceMillis, id -> request.response().setStatusCode(204).end());
  }
}
