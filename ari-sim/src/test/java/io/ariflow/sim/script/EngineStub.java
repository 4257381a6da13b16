package io.ariflow.sim.script;

import io.ariflow.sim.AriSimulator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The engine side of runner tests: an events WebSocket for app {@code engine} and REST calls, driven step by
 * step by the test (the simulator's clock is virtual, so nothing happens between the test's steps).
 */
final class EngineStub {

  private final Vertx vertx;
  private final AriSimulator sim;
  private final WebClient http;
  private final WebSocketClient wsClient;
  private final String authorization;
  private final List<JsonObject> events = new CopyOnWriteArrayList<>();

  EngineStub(Vertx vertx, AriSimulator sim) {
    this.vertx = vertx;
    this.sim = sim;
    this.http = WebClient.create(vertx);
    this.wsClient = vertx.createWebSocketClient();
    String credentials = sim.options().user() + ":" + sim.options().password();
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    await(wsClient.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(sim.port())
        .setURI("/ari/events?app=" + sim.options().stasisApp()).addHeader("Authorization", authorization))
        .onSuccess(ws -> ws.textMessageHandler(text -> events.add(new JsonObject(text)))));
  }

  /** The {@code n}-th (1-based) event matching, waiting (bounded) for it to arrive. */
  JsonObject await(Predicate<JsonObject> matches, int n) {
    for (int i = 0; i < 500; i++) {
      List<JsonObject> found = events.stream().filter(matches).toList();
      if (found.size() >= n) {
        return found.get(n - 1);
      }
      await(vertx.timer(10));
    }
    throw new AssertionError("no event #" + n + " matching; got " + types());
  }

  JsonObject await(String type) {
    return await(type(type), 1);
  }

  List<String> types() {
    return events.stream().map(e -> e.getString("type")).toList();
  }

  static Predicate<JsonObject> type(String type) {
    return e -> type.equals(e.getString("type"));
  }

  int post(String path, Map<String, String> query) {
    return call(HttpMethod.POST, path, query);
  }

  int delete(String path) {
    return call(HttpMethod.DELETE, path, Map.of());
  }

  JsonObject postJson(String path, Map<String, String> query) {
    HttpRequest<Buffer> req = http.request(HttpMethod.POST, sim.port(), "127.0.0.1", "/ari" + path)
        .putHeader("Authorization", authorization);
    query.forEach(req::addQueryParam);
    return await(req.send()).bodyAsJsonObject();
  }

  private int call(HttpMethod method, String path, Map<String, String> query) {
    HttpRequest<Buffer> req = http.request(method, sim.port(), "127.0.0.1", "/ari" + path)
        .putHeader("Authorization", authorization);
    query.forEach(req::addQueryParam);
    return await(req.send()).statusCode();
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("future did not complete: " + e, e);
    }
  }
}
