package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sip-ivr-menu and hangup-during-playback traces, on virtual time. */
class InboundCallTest {

  private final SimHarness h = new SimHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void sippCallEntersStasisRingingWithItsExtensionAsArgument() {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    JsonObject start = rec.await("StasisStart");
    assertEquals(new JsonArray().add("2000"), start.getJsonArray("args"));
    JsonObject ch = start.getJsonObject("channel");
    assertEquals(id, ch.getString("id"));
    assertEquals("PJSIP/sipp-00000000", ch.getString("name"));
    assertEquals("Ring", ch.getString("state"));
    assertEquals(List.of("id", "name", "state", "protocol_id", "caller", "connected", "accountcode", "dialplan",
        "creationtime", "language"), List.copyOf(ch.fieldNames()));
    assertEquals(new JsonObject().put("context", "from-test").put("exten", "2000").put("priority", 2)
        .put("app_name", "Stasis").put("app_data", "engine,2000"), ch.getJsonObject("dialplan"));
    assertEquals(List.of("type", "timestamp", "args", "channel", "asterisk_id", "application"),
        List.copyOf(start.fieldNames()));
    assertEquals(List.of("StasisStart"), rec.types());
  }

  @Test
  void aTwentyFiveSecondPromptFinishesOnlyAfterTwentyFiveVirtualSeconds() {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    assertEquals(204, h.post("/channels/" + id + "/answer").status());
    rec.await("ChannelStateChange");
    SimHarness.Resp play = h.post("/channels/" + id + "/play", Map.of("media", "sound:basic-pbx-ivr-main", "lang", "en"));
    assertEquals(201, play.status());
    assertEquals("queued", play.json().getString("state"));
    String pb = play.json().getString("id");
    rec.await("PlaybackStarted");
    h.advanceSeconds(25.3);
    h.sync(rec);
    assertFalse(rec.types().contains("PlaybackFinished"));
    assertEquals("playing", h.get("/playbacks/" + pb).json().getString("state"));
    h.advanceSeconds(0.1);
    assertEquals("done", rec.await("PlaybackFinished").getJsonObject("playback").getString("state"));
    assertEquals(404, h.get("/playbacks/" + pb).status());
  }

  @Test
  void dtmfBargeInStopsThePromptWithStateDone() {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    h.post("/channels/" + id + "/answer");
    String pb = h.post("/channels/" + id + "/play", Map.of("media", "sound:basic-pbx-ivr-main")).json().getString("id");
    h.advanceSeconds(1.5);
    SimHarness.await(h.sim.callerSendsDtmf(id, "1"));
    JsonObject dtmf = rec.await("ChannelDtmfReceived");
    assertEquals("1", dtmf.getString("digit"));
    assertEquals(280, dtmf.getInteger("duration_ms"));
    assertEquals(204, h.delete("/playbacks/" + pb).status());
    assertEquals("done", rec.await("PlaybackFinished").getJsonObject("playback").getString("state"));
  }

  @Test
  void aMediaListContinuesFromDigitsToBeep() {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    h.post("/channels/" + id + "/answer");
    JsonObject pb = h.post("/channels/" + id + "/play", Map.of("media", "digits:42,sound:beep")).json();
    assertEquals("digits:42", pb.getString("media_uri"));
    assertEquals("sound:beep", pb.getString("next_media_uri"));
    h.advanceSeconds(1.58);
    rec.await("PlaybackContinuing");
    h.advanceSeconds(0.44);
    rec.await("PlaybackFinished");
    assertEquals(List.of("StasisStart", "ChannelStateChange", "PlaybackStarted", "PlaybackContinuing",
        "PlaybackStarted", "PlaybackFinished"), rec.types());
    JsonObject second = rec.events().get(4).getJsonObject("playback");
    assertEquals("sound:beep", second.getString("media_uri"));
    assertNull(second.getString("next_media_uri"));
  }

  @Test
  void callerByeGivesQosVarsetsHangupRequestWithoutCauseAndStasisEndOnly() {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    h.post("/channels/" + id + "/answer");
    rec.await("ChannelStateChange");
    int before = rec.size();
    SimHarness.await(h.sim.callerHangsUp(id));
    rec.await("StasisEnd");
    h.sync(rec);
    assertEquals(List.of("ChannelVarset", "ChannelVarset", "ChannelVarset", "ChannelVarset", "ChannelVarset",
        "ChannelHangupRequest", "StasisEnd", "ChannelUserevent"), rec.typesSince(before));
    JsonObject hangup = rec.events().get(before + 5);
    assertEquals(List.of("type", "timestamp", "channel", "asterisk_id", "application"),
        List.copyOf(hangup.fieldNames()));
    assertEquals(List.of("variable", "value", "type", "timestamp", "channel", "asterisk_id", "application"),
        List.copyOf(rec.events().get(before).fieldNames()));
  }

  @Test
  void hangupDuringPlaybackFailsThePlaybackAndEverythingIsGoneAfterwards() {
    EventRecorder rec = h.connect("engine");
    String id = SimHarness.await(h.sim.placeCall("2000"));
    h.post("/channels/" + id + "/answer");
    String pb = h.post("/channels/" + id + "/play", Map.of("media", "sound:demo-congrats")).json().getString("id");
    h.advanceSeconds(2);
    SimHarness.await(h.sim.callerHangsUp(id));
    rec.await("StasisEnd");
    List<String> tail = rec.types().subList(rec.size() - 3, rec.size());
    assertEquals(List.of("ChannelHangupRequest", "PlaybackFinished", "StasisEnd"), tail);
    assertEquals("failed", rec.await("PlaybackFinished").getJsonObject("playback").getString("state"));
    assertEquals("Channel not found", h.post("/channels/" + id + "/play", Map.of("media", "sound:beep")).message());
    assertEquals(404, h.post("/channels/" + id + "/answer").status());
    assertEquals(404, h.get("/channels/" + id).status());
    assertEquals(404, h.delete("/channels/" + id).status());
    assertEquals("Playback not found", h.get("/playbacks/" + pb).message());
    assertEquals(404, h.delete("/playbacks/" + pb).status());
  }
}
