package io.ariflow.app.ari.ws;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of Asterisk's {@code /ari/events} for connection tests: records each handshake, refuses the
 * next ones with chosen HTTP statuses, accepts the others and hands the test each accepted socket. Frames
 * queued with {@link #greetWith} are sent the moment a socket is accepted.
 */
final class FakeAriServer {
  /** What the client sent in an upgrade request. */
  record Handshake(String uri, String authorization) {}

  private final BlockingQueue<Handshake> handshakes = new LinkedBlockingQueue<>();
  private final BlockingQueue<ServerWebSocket> accepted = new LinkedBlockingQueue<>();
  private final Queue<Integer> refusals = new ConcurrentLinkedQueue<>();
  private final List<String> greeting = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  private FakeAriServer(HttpServer server) {
    this.server = server;
  }

  static FakeAriServer start(Vertx vertx) throws Exception {
    HttpServer http = vertx.createHttpServer();
    FakeAriServer fake = new FakeAriServer(http);
    http.webSocketHandshakeHandler(fake::onHandshake)
        .webSocketHandler(fake.accepted::add)
        .requestHandler(request -> request.response().setStatusCode(404).end());
    http.listen(0, "127.0.0.1").await(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    return fake;
  }

  int port() {
    return server.actualPort();
  }

  /** The next {@code statuses.length} handshakes are refused with these statuses, in order. */
  void refuseNext(Integer... statuses) {
    refusals.addAll(List.of(statuses));
  }

  void greetWith(List<String> frames) {
    greeting.addAll(frames);
  }

  Handshake nextHandshake() throws InterruptedException {
    return require(handshakes.poll(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS), "handshake");
  }

  ServerWebSocket nextSocket() throws InterruptedException {
    return require(accepted.poll(FakeScheduler.WAIT.toMillis(), TimeUnit.MILLISECONDS), "accepted socket");
  }

  int handshakesSeen() {
    return handshakes.size();
  }

  private void onHandshake(ServerWebSocketHandshake handshake) {
    handshakes.add(new Handshake(handshake.uri(), handshake.headers().get("Authorization")));
    Integer refusal = refusals.poll();
    if (refusal != null) {
      handshake.reject(refusal);
      return;
    }
    handshake.accept().onSuccess(ws -> greeting.forEach(ws::writeTextMessage));
  }

  private static <T> T require(T value, String what) {
    if (value == null) {
      throw new AssertionError("no " + what + " within " + FakeScheduler.WAIT);
    }
    return value;
  }
}
