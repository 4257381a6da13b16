package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Authentication, unknown paths and methods, api-docs, WebSocket handshake failures. */
class AuthAndErrorsTest {

  private final SimHarness h = new SimHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void missingOrWrongCredentialsGet401WithJsonBody() {
    HttpResponse<Buffer> none = h.raw(HttpMethod.GET, "/ari/asterisk/info", null);
    assertEquals(401, none.statusCode());
    assertEquals(new JsonObject().put("message", "Authentication required"), none.bodyAsJsonObject());
    assertEquals(401, h.raw(HttpMethod.GET, "/ari/asterisk/info", "Basic ZW5naW5lOndyb25n").statusCode());
    assertEquals(200, h.raw(HttpMethod.GET, "/ari/asterisk/info?api_key=engine:engine-secret", null).statusCode());
  }

  @Test
  void asteriskInfoReportsVersionAndEntityId() {
    JsonObject info = h.get("/asterisk/info").json();
    assertEquals("22.10.1", info.getJsonObject("system").getString("version"));
    assertEquals("02:fc:00:00:00:01", info.getJsonObject("system").getString("entity_id"));
    assertEquals("2026-11-22T10:00:00.000+0000", info.getJsonObject("status").getString("startup_time"));
    assertEquals("pong", h.get("/asterisk/ping").json().getString("ping"));
    assertEquals("Variable name is required", h.get("/asterisk/variable").message());
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() {
    assertEquals(new JsonObject().put("message", "Resource not found"), h.get("/no-such-resource").json());
    SimHarness.Resp put = h.put("/channels", Map.of());
    assertEquals(405, put.status());
    assertEquals("Invalid method", put.message());
  }

  @Test
  void apiDocsAreServedWithThisServersBasePath() {
    JsonObject resources = h.get("/api-docs/resources.json").json();
    assertTrue(resources.getString("basePath").endsWith(h.sim.port() + "/ari"));
    assertEquals("channels.json".length() > 0, h.get("/api-docs/channels.json").json().containsKey("apis"));
  }

  @Test
  void soundsAreListedAndFound() {
    assertEquals(568, h.get("/sounds?lang=en&format=gsm".replace("?lang=en&format=gsm", "")).array().size());
    JsonObject one = h.get("/sounds/basic-pbx-ivr-main").json();
    assertEquals(new JsonObject().put("id", "basic-pbx-ivr-main").put("formats", new io.vertx.core.json.JsonArray()
        .add(new JsonObject().put("language", "en").put("format", "gsm"))), one);
    assertEquals(200, h.get("/sounds/digits/70").status());
    assertEquals(404, h.get("/sounds/nope").status());
  }

  @Test
  void webSocketHandshakeFailuresAnswerLikeAsterisk() {
    WebSocketConnectOptions bad = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(h.sim.port())
        .setURI("/ari/events?app=engine&api_key=engine:wrong");
    Throwable e = SimHarness.await(h.vertx.createWebSocketClient().connect(bad).map(ws -> (Throwable) null)
        .recover(io.vertx.core.Future::succeededFuture));
    assertTrue(String.valueOf(e).contains("401"), String.valueOf(e));
    HttpResponse<Buffer> noApp = h.raw(HttpMethod.GET, "/ari/events?api_key=engine:engine-secret", null);
    assertEquals(400, noApp.statusCode());
    assertTrue(noApp.bodyAsString().contains("HTTP request is missing param: [app]"));
    assertEquals(426, h.raw(HttpMethod.GET, "/ari/events?app=engine&api_key=engine:engine-secret", null).statusCode());
  }
}
