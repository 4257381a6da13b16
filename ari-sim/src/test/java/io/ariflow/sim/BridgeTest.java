package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bridges: the conference-bridge and rest-errors traces, move and the BridgeDestroyed rule. */
class BridgeTest {

  private final SimHarness h = new SimHarness();
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void bridgeJsonHasTheTraceFieldsAndTheClientsId() {
    JsonObject b = h.post("/bridges", Map.of("type", "mixing", "name", "conf-bridge", "bridgeId", "conf-bridge-1")).json();
    assertEquals(List.of("id", "technology", "bridge_type", "bridge_class", "creator", "name", "channels",
        "creationtime", "video_mode"), List.copyOf(b.fieldNames()));
    assertEquals("conf-bridge-1", b.getString("id"));
    assertEquals("simple_bridge", b.getString("technology"));
    assertEquals("stasis", b.getString("bridge_class"));
    assertEquals("talker", b.getString("video_mode"));
    assertEquals("Unable to create bridge. Possible duplicate bridge id '(null)'",
        h.post("/bridges", Map.of("type", "bogus")).message());
  }

  @Test
  void threeChannelsMakeASoftmixBridgeAndLeavingByDeleteGivesNoBridgeDestroyed() {
    String a = agent("conf-1");
    String b = agent("conf-2");
    String c = agent("conf-3");
    h.post("/bridges", Map.of("type", "mixing", "name", "conf-bridge", "bridgeId", "conf-bridge-1"));
    assertEquals(204, h.post("/bridges/conf-bridge-1/addChannel", Map.of("channel", a + "," + b + "," + c)).status());
    rec.awaitNth(EventRecorder.type("ChannelEnteredBridge"), 2);
    JsonObject third = rec.awaitNth(EventRecorder.type("ChannelEnteredBridge"), 2);
    assertEquals(3, third.getJsonObject("bridge").getJsonArray("channels").size());
    assertEquals("simple_bridge", third.getJsonObject("bridge").getString("technology"));
    assertEquals("softmix", h.get("/bridges/conf-bridge-1").json().getString("technology"));
    assertEquals(204, h.post("/bridges/conf-bridge-1/removeChannel", Map.of("channel", b)).status());
    assertEquals(204, h.delete("/bridges/conf-bridge-1").status());
    h.sync(rec);
    assertFalse(rec.types().contains("BridgeDestroyed"));
    assertEquals(3, rec.types().stream().filter("ChannelLeftBridge"::equals).count());
    assertEquals("Bridge not found", h.get("/bridges/conf-bridge-1").message());
  }

  @Test
  void bridgePeerVariablesFollowTheMembers() {
    String a = agent("x");
    String b = agent("y");
    String bridge = h.post("/bridges", Map.of("type", "mixing")).json().getString("id");
    h.post("/bridges/" + bridge + "/addChannel", Map.of("channel", a));
    int mark = h.mark(rec);
    h.post("/bridges/" + bridge + "/addChannel", Map.of("channel", b));
    h.sync(rec);
    assertEquals(List.of("ChannelEnteredBridge", "ChannelVarset", "ChannelVarset", "ChannelUserevent"),
        rec.typesSince(mark));
    JsonObject peerOfA = rec.events().get(mark + 1);
    assertEquals("BRIDGEPEER", peerOfA.getString("variable"));
    assertEquals(a, peerOfA.getJsonObject("channel").getString("id"));
    assertEquals("Local/answer@answer-wait-00000001;1", peerOfA.getString("value"));
  }

  @Test
  void addingAChannelThatIsInAnotherBridgeMovesIt() {
    String a = agent("err-a");
    String b1 = h.post("/bridges", Map.of("type", "mixing", "name", "b1")).json().getString("id");
    String b2 = h.post("/bridges", Map.of("type", "mixing", "name", "b2")).json().getString("id");
    h.post("/bridges/" + b1 + "/addChannel", Map.of("channel", a));
    int mark = h.mark(rec);
    assertEquals(204, h.post("/bridges/" + b2 + "/addChannel", Map.of("channel", a)).status());
    h.sync(rec);
    assertEquals(List.of("ChannelLeftBridge", "ChannelEnteredBridge", "ChannelUserevent"), rec.typesSince(mark));
    assertEquals(new JsonArray(), h.get("/bridges/" + b1).json().getJsonArray("channels"));
    assertEquals(new JsonArray().add(a), h.get("/bridges/" + b2).json().getJsonArray("channels"));
  }

  @Test
  void addAndRemoveErrorsMatchTheStatusTable() {
    String a = agent("err-a");
    String b = agent("err-b");
    String b1 = h.post("/bridges", Map.of("type", "mixing")).json().getString("id");
    assertEquals("Missing parameter channel", h.post("/bridges/" + b1 + "/addChannel").message());
    SimHarness.Resp unknown = h.post("/bridges/" + b1 + "/addChannel", Map.of("channel", "no-such-channel"));
    assertEquals(400, unknown.status());
    assertEquals("Channel not found", unknown.message());
    SimHarness.Resp notIn = h.post("/bridges/" + b1 + "/removeChannel", Map.of("channel", b));
    assertEquals(422, notIn.status());
    assertEquals("Channel not in this bridge", notIn.message());
    assertEquals("Bridge not found", h.post("/bridges/no-such-bridge/addChannel", Map.of("channel", a)).message());
    assertEquals(204, h.delete("/bridges/" + b1).status());
    assertEquals(404, h.delete("/bridges/" + b1).status());
  }

  @Test
  void anExplicitBridgeSubscriptionMakesBridgeDestroyedArrive() {
    String bridge = h.post("/bridges", Map.of("type", "holding")).json().getString("id");
    assertEquals("holding_bridge", h.get("/bridges/" + bridge).json().getString("technology"));
    SimHarness.Resp sub = h.post("/applications/engine/subscription", Map.of("eventSource", "bridge:" + bridge));
    assertEquals(new JsonArray().add(bridge), sub.json().getJsonArray("bridge_ids"));
    h.delete("/bridges/" + bridge);
    assertEquals(bridge, rec.await("BridgeDestroyed").getJsonObject("bridge").getString("id"));
  }

  @Test
  void bridgeMohAndRecordAnswerWithoutBridgeEvents() {
    String a = agent("a");
    String b = agent("b");
    String bridge = h.post("/bridges", Map.of("type", "mixing")).json().getString("id");
    h.post("/bridges/" + bridge + "/addChannel", Map.of("channel", a + "," + b));
    assertEquals(204, h.post("/bridges/" + bridge + "/moh", Map.of("mohClass", "default")).status());
    assertEquals(204, h.delete("/bridges/" + bridge + "/moh").status());
    SimHarness.Resp recd = h.post("/bridges/" + bridge + "/record", Map.of("name", "conf-test", "format", "wav",
        "ifExists", "overwrite"));
    assertEquals(201, recd.status());
    assertEquals(new JsonObject().put("name", "conf-test").put("format", "wav").put("state", "queued")
        .put("target_uri", "bridge:" + bridge), recd.json());
    rec.await("RecordingStarted");
    h.advanceSeconds(2.7);
    assertEquals(204, h.post("/recordings/live/conf-test/stop").status());
    JsonObject finished = rec.await("RecordingFinished").getJsonObject("recording");
    assertEquals(2, finished.getInteger("duration"));
    assertEquals(new JsonObject().put("name", "conf-test").put("format", "wav"), h.get("/recordings/stored/conf-test").json());
    h.sync(rec);
    assertTrue(rec.events().stream().anyMatch(e -> String.valueOf(e.getString("value")).contains("Announcer/ARI_MOH-")));
  }

  private String agent(String args) {
    JsonObject one = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine",
        "appArgs", args)).json();
    rec.await(EventRecorder.typeOn("StasisStart", one.getString("id")));
    return one.getString("id");
  }
}
