package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The snoop-spy-whisper trace: Snoop channels, their StasisStart and how they end. */
class SnoopTest {

  private final SimHarness h = new SimHarness();
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void spyingCreatesAnUpSnoopChannelInStasisThatEndsWithStasisEndOnly() {
    String target = answeredCall();
    JsonObject snoop = h.post("/channels/" + target + "/snoop", Map.of("spy", "both", "whisper", "none",
        "app", "engine", "appArgs", "snoop")).json();
    assertEquals("Snoop/" + target + "-00000000", snoop.getString("name"));
    assertEquals("Up", snoop.getString("state"));
    assertEquals(new JsonObject().put("context", "default").put("exten", "s").put("priority", 1)
        .put("app_name", "").put("app_data", ""), snoop.getJsonObject("dialplan"));
    JsonObject start = rec.await(EventRecorder.typeOn("StasisStart", snoop.getString("id")));
    assertEquals(new JsonArray().add("snoop"), start.getJsonArray("args"));
    int mark = h.mark(rec);
    h.delete("/channels/" + snoop.getString("id"));
    h.sync(rec);
    assertEquals(List.of("ChannelHangupRequest", "StasisEnd", "ChannelUserevent"), rec.typesSince(mark));
  }

  @Test
  void whisperSnoopWithItsOwnIdLeavesWithoutHangupRequestWhenTheTargetHangsUp() {
    String target = answeredCall();
    JsonObject whisper = h.post("/channels/" + target + "/snoop/whisper-1", Map.of("spy", "none", "whisper", "out",
        "app", "engine", "appArgs", "whisper")).json();
    assertEquals("whisper-1", whisper.getString("id"));
    rec.await(EventRecorder.typeOn("StasisStart", "whisper-1"));
    String supervisor = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine",
        "appArgs", "supervisor")).json().getString("id");
    rec.await(EventRecorder.typeOn("StasisStart", supervisor));
    String bridge = h.post("/bridges", Map.of("type", "mixing", "name", "supervisor")).json().getString("id");
    h.post("/bridges/" + bridge + "/addChannel", Map.of("channel", "whisper-1," + supervisor));
    h.sync(rec);
    h.delete("/channels/" + target);
    rec.await(EventRecorder.typeOn("StasisEnd", "whisper-1"));
    List<String> whisperEvents = rec.events().stream()
        .filter(e -> e.getJsonObject("channel") != null && "whisper-1".equals(e.getJsonObject("channel").getString("id")))
        .map(e -> e.getString("type")).toList();
    assertEquals(List.of("StasisStart", "ChannelEnteredBridge", "ChannelVarset", "ChannelVarset", "ChannelLeftBridge",
        "StasisEnd"), whisperEvents);
  }

  @Test
  void snoopNeedsADirection() {
    String target = answeredCall();
    assertEquals(400, h.post("/channels/" + target + "/snoop", Map.of("app", "engine")).status());
    assertEquals(404, h.post("/channels/nope/snoop", Map.of("spy", "both", "app", "engine")).status());
  }

  private String answeredCall() {
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    h.post("/channels/" + id + "/answer");
    return id;
  }
}
