package io.ariflow.sim;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A simulator on a virtual clock plus an HTTP client and WebSocket recorders, with bounded waits. */
final class SimHarness implements AutoCloseable {

  /** One HTTP answer: status and parsed body (JsonObject, JsonArray, String or null). */
  record Resp(int status, Object body) {
    JsonObject json() {
      return (JsonObject) body;
    }

    JsonArray array() {
      return (JsonArray) body;
    }

    String message() {
      return json().getString("message");
    }
  }

  final Vertx vertx = Vertx.vertx();
  final AriSimulator sim;
  final WebClient http;
  final String app;
  private final java.util.List<EventRecorder> recorders = new java.util.ArrayList<>();

  SimHarness() {
    this(SimOptions.forTests().withStasisApp("engine").withCredentials("engine", "engine-secret"));
  }

  SimHarness(SimOptions options) {
    this.sim = await(AriSimulator.start(vertx, options));
    this.http = WebClient.create(vertx);
    this.app = options.stasisApp();
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("future did not complete: " + e, e);
    }
  }

  EventRecorder connect(String appName) {
    return connectUri("/ari/events?app=" + appName + "&api_key=" + credentials());
  }

  EventRecorder connectUri(String uri) {
    WebSocketClient client = vertx.createWebSocketClient();
    WebSocketConnectOptions o = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(sim.port()).setURI(uri);
    EventRecorder rec = new EventRecorder(await(client.connect(o)));
    recorders.add(rec);
    return rec;
  }

  Resp get(String path) {
    return call(HttpMethod.GET, path, Map.of(), null);
  }

  Resp post(String path, Map<String, String> query) {
    return call(HttpMethod.POST, path, query, null);
  }

  Resp post(String path) {
    return post(path, Map.of());
  }

  Resp delete(String path) {
    return call(HttpMethod.DELETE, path, Map.of(), null);
  }

  Resp delete(String path, Map<String, String> query) {
    return call(HttpMethod.DELETE, path, query, null);
  }

  Resp put(String path, Map<String, String> query) {
    return call(HttpMethod.PUT, path, query, null);
  }

  Resp call(HttpMethod method, String path, Map<String, String> query, JsonObject body) {
    HttpRequest<Buffer> req = http.request(method, sim.port(), "127.0.0.1", "/ari" + path)
        .putHeader("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString(credentials().getBytes(StandardCharsets.UTF_8)));
    query.forEach(req::addQueryParam);
    HttpResponse<Buffer> r = await(body == null ? req.send() : req.sendJsonObject(body));
    return new Resp(r.statusCode(), parse(r.bodyAsString()));
  }

  /** Raw request without credentials handling (for auth tests). */
  HttpResponse<Buffer> raw(HttpMethod method, String uri, String authorization) {
    HttpRequest<Buffer> req = http.request(method, sim.port(), "127.0.0.1", uri);
    if (authorization != null) {
      req.putHeader("Authorization", authorization);
    }
    return await(req.send());
  }

  void advance(Duration d) {
    await(sim.advance(d));
  }

  void advanceSeconds(double s) {
    advance(Duration.ofMillis(Math.round(s * 1000)));
  }

  /** Round-trips a user event to the app: every event emitted before it has then been received. */
  /**
   * Where the events of the next command will start in {@code rec}: synced first, so events of earlier
   * commands still on their way cannot land after the mark.
   */
  int mark(EventRecorder rec) {
    sync(rec);
    return rec.size();
  }

  void sync(EventRecorder rec) {
    String name = "sync-" + System.nanoTime();
    Resp r = post("/events/user/" + name, Map.of("application", app));
    if (r.status() != 204) {
      throw new AssertionError("sync failed: " + r);
    }
    rec.await(e -> name.equals(e.getString("eventname")));
  }

  String credentials() {
    return sim.options().user() + ":" + sim.options().password();
  }

  @Override
  public void close() {
    for (EventRecorder rec : recorders) {
      if (!rec.ws.isClosed()) {
        await(rec.ws.close().recover(e -> Future.succeededFuture()));
      }
    }
    await(sim.stop().recover(e -> Future.succeededFuture()));
    await(vertx.close());
  }

  private static Object parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Json.decodeValue(text);
    } catch (RuntimeException e) {
      return text;
    }
  }
}
