package io.ariflow.sim.fidelity;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real events WebSocket client of the simulator, collecting every message in arrival order. All state is
 * touched only on the socket's own context, so tests ask for it through Futures instead of sharing lists.
 */
final class SimSocket {

  /** Outcome of an upgrade: the socket, or the HTTP status the server refused it with. */
  record Handshake(SimSocket socket, int status) {}

  private record Waiter(Predicate<JsonObject> matches, int nth, Promise<JsonObject> promise) {}

  private final Context context;
  private final WebSocket ws;
  private final List<JsonObject> events = new ArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Promise<Short> closed = Promise.promise();

  private SimSocket(Context context, WebSocket ws) {
    this.context = context;
    this.ws = ws;
    ws.textMessageHandler(this::received);
    ws.closeHandler(v -> closed.tryComplete(ws.closeStatusCode()));
    ws.exceptionHandler(e -> { });
  }

  /**
   * Upgrades {@code uri} with the given Authorization header (null: none). The caller keeps {@code client}
   * referenced: Vert.x 5 closes clients that become unreachable, even in the middle of a handshake.
   */
  static Future<Handshake> connect(Vertx vertx, WebSocketClient client, int port, String uri, String authorization) {
    Context context = vertx.getOrCreateContext();
    Promise<Handshake> result = Promise.promise();
    context.runOnContext(v -> {
      WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(uri);
      if (authorization != null) {
        options.addHeader("Authorization", authorization);
      }
      client.connect(options)
          .map(ws -> new Handshake(new SimSocket(context, ws), 101))
          .recover(SimSocket::rejected)
          .onComplete(result);
    });
    return result.future();
  }

  /** The {@code n}-th (1-based) event matching {@code matches}, once it has arrived. */
  Future<JsonObject> await(Predicate<JsonObject> matches, int n) {
    Promise<JsonObject> p = Promise.promise();
    context.runOnContext(v -> {
      JsonObject found = nth(matches, n);
      if (found != null) {
        p.complete(found);
      } else {
        waiters.add(new Waiter(matches, n, p));
      }
    });
    return p.future();
  }

  Future<List<JsonObject>> events() {
    Promise<List<JsonObject>> p = Promise.promise();
    context.runOnContext(v -> p.complete(List.copyOf(events)));
    return p.future();
  }

  /** Sends a close frame (1000) like the harness; completes with the server's close code. */
  Future<Short> close() {
    Promise<Void> sent = Promise.promise();
    context.runOnContext(v -> ws.close((short) 1000).onComplete(sent));
    return sent.future().transform(ar -> closed.future());
  }

  /** Completes when the connection ends: with the close code, or null when it dropped without a close frame. */
  Future<Short> closed() {
    return closed.future();
  }

  private void received(String text) {
    JsonObject event = new JsonObject(text);
    events.add(event);
    for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
      Waiter w = it.next();
      JsonObject found = nth(w.matches, w.nth);
      if (found != null) {
        it.remove();
        w.promise.complete(found);
      }
    }
  }

  private JsonObject nth(Predicate<JsonObject> matches, int n) {
    int seen = 0;
    for (JsonObject e : events) {
      if (matches.test(e) && ++seen == n) {
        return e;
      }
    }
    return null;
  }

  private static Future<Handshake> rejected(Throwable failure) {
    if (failure instanceof UpgradeRejectedException rejected) {
      return Future.succeededFuture(new Handshake(null, rejected.getStatus()));
    }
    return Future.failedFuture(failure);
  }
}
