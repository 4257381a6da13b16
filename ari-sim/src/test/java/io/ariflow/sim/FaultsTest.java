package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.concurrent.CompletableFuture;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults: socket drop, restart, failing and slow REST calls, stalled events. */
class FaultsTest {

  private final SimHarness h = new SimHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aDroppedSocketGetsNoCloseFrameJustTheTcpClose() throws Exception {
    NetSocket raw = SimHarness.await(h.vertx.createNetClient().connect(h.sim.port(), "127.0.0.1"));
    Buffer received = Buffer.buffer();
    CompletableFuture<Buffer> closed = new CompletableFuture<>();
    CompletableFuture<Void> upgraded = new CompletableFuture<>();
    raw.handler(b -> {
      received.appendBuffer(b);
      if (received.toString().contains("\r\n\r\n")) {
        upgraded.complete(null);
      }
    });
    raw.closeHandler(v -> closed.complete(received));
    raw.write("GET /ari/events?app=engine&api_key=engine:engine-secret HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        + "Sec-WebSocket-Version: 13\r\n\r\n");
    upgraded.get(5, TimeUnit.SECONDS);
    for (int i = 0; i < 1000 && h.get("/applications").array().isEmpty(); i++) {
      assertFalse(closed.isDone());
    }
    int handshake = received.length();
    assertTrue(received.toString().startsWith("HTTP/1.1 101"));
    SimHarness.await(h.sim.faults().dropWebSockets());
    Buffer all = closed.get(5, TimeUnit.SECONDS);
    assertEquals(handshake, all.length(), "no close frame after the handshake");
  }

  @Test
  void droppedSocketsLoseTheEventsOfTheGapButChannelsStayInStasis() throws Exception {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    h.post("/channels/" + id + "/answer");
    String pb = h.post("/channels/" + id + "/play", Map.of("media", "sound:if-correct-press")).json().getString("id");
    SimHarness.await(h.sim.faults().dropWebSockets());
    rec.closed.get(5, TimeUnit.SECONDS);
    h.advanceSeconds(2.5);
    SimHarness.await(h.sim.callerSendsDtmf(id, "56"));
    assertEquals(1, h.get("/applications").array().size());
    assertEquals(404, h.get("/playbacks/" + pb).status());
    EventRecorder again = h.connect("engine");
    h.post("/channels/" + id + "/play", Map.of("media", "sound:beep"));
    again.await("PlaybackStarted");
    assertEquals(List.of("PlaybackStarted"), again.types());
  }

  @Test
  void restartHangsEverythingUpDropsTheSocketAndBootsThroughRefused404And503() throws Exception {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    Future<Void> restarted = h.sim.faults().restart();
    h.advanceSeconds(0.04);
    rec.await("StasisEnd");
    assertEquals(4, rec.await("ChannelHangupRequest").getInteger("cause"));
    h.advanceSeconds(1.125);
    rec.closed.get(5, TimeUnit.SECONDS);
    assertTrue(SimHarness.await(h.http.get(h.sim.port(), "127.0.0.1", "/ari/asterisk/info").send()
        .map(r -> false).recover(e -> Future.succeededFuture(true))), "connection refused while down");
    h.advanceSeconds(0.815);
    awaitListening();
    io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> html =
        h.raw(HttpMethod.GET, "/ari/asterisk/info?api_key=engine:engine-secret", null);
    assertEquals(404, html.statusCode());
    assertTrue(html.bodyAsString().contains("<title>404 Not Found</title>"));
    h.advanceSeconds(0.2);
    SimHarness.Resp booting = h.get("/asterisk/info");
    assertEquals(503, booting.status());
    assertEquals("Asterisk not booted", booting.message());
    h.advanceSeconds(0.2);
    SimHarness.await(restarted);
    assertEquals(200, h.get("/asterisk/info").status());
    assertEquals(0, h.get("/channels").array().size());
    assertEquals(404, h.get("/channels/" + id).status());
    EventRecorder fresh = h.connect("engine");
    String first = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine")).json().getString("id");
    assertTrue(first.endsWith(".0"), first);
    fresh.await("StasisStart");
  }

  @Test
  void restFaultsFailOrDelayMatchingRequests() {
    SimHarness.await(h.sim.faults().failRest("GET", "/asterisk/info", 503, "Asterisk not booted", 2));
    assertEquals(503, h.get("/asterisk/info").status());
    assertEquals(503, h.get("/asterisk/info").status());
    assertEquals(200, h.get("/asterisk/info").status());
    SimHarness.await(h.sim.faults().delayRest(null, "/asterisk/ping", Duration.ofSeconds(2), -1));
    Future<io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer>> slow =
        h.http.get(h.sim.port(), "127.0.0.1", "/ari/asterisk/ping?api_key=engine:engine-secret").send();
    for (int i = 0; i < 10_000 && SimHarness.await(h.sim.faults().heldRequests()) == 0; i++) {
      assertFalse(slow.isComplete());
    }
    assertEquals(1, SimHarness.await(h.sim.faults().heldRequests()));
    h.advanceSeconds(1);
    assertFalse(slow.isComplete());
    h.advanceSeconds(1);
    assertEquals(200, SimHarness.await(slow).statusCode());
    SimHarness.await(h.sim.faults().clearRestFaults());
  }

  @Test
  void stalledEventsAreDeliveredInOrderOnResume() {
    EventRecorder rec = h.connect("engine");
    SimHarness.await(h.sim.faults().stallEvents());
    String id = SimHarness.await(h.sim.placeCall("2000"));
    h.post("/channels/" + id + "/answer");
    assertEquals(0, rec.size());
    SimHarness.await(h.sim.faults().resumeEvents());
    rec.await("ChannelStateChange");
    assertEquals(List.of("StasisStart", "ChannelStateChange"), rec.types());
  }

  @Test
  void aQuickRestartNeedsNoClockAdvanceAndKeepsWhatAsteriskKeepsOnDisk() throws Exception {
    EventRecorder rec = h.connect("engine");
    h.put("/deviceStates/Stasis:agent-1", Map.of("deviceState", "INUSE"));
    String bridgeBefore = h.post("/bridges", Map.of("type", "mixing")).json().getString("id");
    SimHarness.await(h.sim.faults().restart(RestartTiming.quick()));
    rec.closed.get(5, TimeUnit.SECONDS);
    assertEquals(200, h.get("/asterisk/info").status());
    assertEquals("INUSE", h.get("/deviceStates/Stasis:agent-1").json().getString("state"));
    assertEquals(404, h.get("/bridges/" + bridgeBefore).status());
    assertNotEquals(bridgeBefore, h.post("/bridges", Map.of("type", "mixing")).json().getString("id"));
  }

  @Test
  void serverAnswersWebSocketPings() throws Exception {
    EventRecorder rec = h.connect("engine");
    CompletableFuture<Buffer> pong = new CompletableFuture<>();
    rec.ws.pongHandler(pong::complete);
    SimHarness.await(rec.ws.writePing(Buffer.buffer("are-you-there")));
    assertEquals("are-you-there", pong.get(5, TimeUnit.SECONDS).toString());
  }

  @Test
  void stoppingWithAnOpenSocketDropsItAndCompletes() throws Exception {
    EventRecorder rec = h.connect("engine");
    SimHarness.await(h.sim.stop());
    rec.closed.get(5, TimeUnit.SECONDS);
  }

  private void awaitListening() {
    for (int i = 0; i < 50; i++) {
      boolean up = SimHarness.await(h.http.get(h.sim.port(), "127.0.0.1", "/").send()
          .map(r -> true).recover(e -> Future.succeededFuture(false)));
      if (up) {
        return;
      }
    }
    throw new AssertionError("simulator did not listen again");
  }
}
