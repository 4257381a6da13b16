package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** variables-and-continue and the continue-to-nowhere case of rest-errors. */
class ContinueAndVariablesTest {

  private final SimHarness h = new SimHarness();
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void variablesAndCallerIdFunctions() {
    String id = answeredCall();
    assertEquals(204, h.post("/channels/" + id + "/variable", Map.of("variable", "MY_VAR", "value", "hello world")).status());
    JsonObject varset = rec.await(e -> "MY_VAR".equals(e.getString("variable")));
    assertEquals("hello world", varset.getString("value"));
    assertEquals("hello world", h.get("/channels/" + id + "/variable?variable=MY_VAR").json().getString("value"));
    assertEquals("100", h.get("/channels/" + id + "/variable?variable=CALLERID(num)").json().getString("value"));
    h.post("/channels/" + id + "/variable", Map.of("variable", "CALLERID(num)", "value", "5551234"));
    JsonObject callerId = rec.await("ChannelCallerId");
    assertEquals(List.of("type", "timestamp", "caller_presentation", "caller_presentation_txt", "channel",
        "asterisk_id", "application"), List.copyOf(callerId.fieldNames()));
    assertEquals("5551234", callerId.getJsonObject("channel").getJsonObject("caller").getString("number"));
    SimHarness.Resp unset = h.get("/channels/" + id + "/variable?variable=NEVER_SET");
    assertEquals(404, unset.status());
    assertEquals("Provided variable was not found", unset.message());
  }

  @Test
  void continueEndsStasisButTheChannelLivesOnInTheDialplan() {
    String id = answeredCall();
    h.post("/channels/" + id + "/variable", Map.of("variable", "MY_VAR", "value", "hello world"));
    int mark = h.mark(rec);
    assertEquals(204, h.post("/channels/" + id + "/continue", Map.of("context", "answer-wait", "extension", "answer",
        "priority", "1")).status());
    rec.await("StasisEnd");
    h.advanceSeconds(0.5);
    JsonObject ch = h.get("/channels/" + id).json();
    assertEquals(new JsonObject().put("context", "answer-wait").put("exten", "answer").put("priority", 2)
        .put("app_name", "Wait").put("app_data", "600"), ch.getJsonObject("dialplan"));
    assertEquals("hello world", h.get("/channels/" + id + "/variable?variable=MY_VAR").json().getString("value"));
    SimHarness.Resp play = h.post("/channels/" + id + "/play", Map.of("media", "sound:beep"));
    assertEquals(409, play.status());
    assertEquals("Channel not in Stasis application", play.message());
    assertEquals(204, h.delete("/channels/" + id, Map.of("reason", "normal")).status());
    h.sync(rec);
    assertEquals(List.of("StasisEnd", "ChannelUserevent"), rec.typesSince(mark));
  }

  @Test
  void continueIntoANonexistentContextHangsUpWithCauseZero() {
    JsonObject one = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine",
        "appArgs", "err-b")).json();
    String id = one.getString("id");
    rec.await("StasisStart");
    int mark = h.mark(rec);
    assertEquals(204, h.post("/channels/" + id + "/continue", Map.of("context", "no-such-context", "extension", "s",
        "priority", "1")).status());
    JsonObject destroyed = rec.await(EventRecorder.typeOn("ChannelDestroyed", id));
    assertEquals(0, destroyed.getInteger("cause"));
    assertEquals("Unknown", destroyed.getString("cause_txt"));
    assertEquals("StasisEnd", rec.typesSince(mark).get(0));
  }

  @Test
  void operationsOnANonStasisChannelAre409ButVariablesWork() {
    String id = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "context", "answer-wait",
        "extension", "answer")).json().getString("id");
    assertEquals(409, h.post("/channels/" + id + "/answer").status());
    assertEquals(409, h.post("/channels/" + id + "/play", Map.of("media", "sound:beep")).status());
    assertEquals("Up", h.get("/channels/" + id + "/variable?variable=CHANNEL(state)").json().getString("value"));
    assertEquals(204, h.delete("/channels/" + id).status());
    assertEquals(0, h.get("/channels").array().size());
  }

  @Test
  void simpleOperationsAnswer204WithoutEventsAndValidateTheirArguments() {
    String id = answeredCall();
    int mark = h.mark(rec);
    for (String op : List.of("ring", "hold", "moh", "silence")) {
      assertEquals(204, h.post("/channels/" + id + "/" + op).status());
      assertEquals(204, h.delete("/channels/" + id + "/" + op).status());
    }
    assertEquals(204, h.post("/channels/" + id + "/mute", Map.of("direction", "in")).status());
    assertEquals("Invalid direction specified", h.post("/channels/" + id + "/mute", Map.of("direction", "sideways")).message());
    assertEquals("DTMF is required", h.post("/channels/" + id + "/dtmf").message());
    assertEquals("Invalid reason for hangup reason provided", h.delete("/channels/" + id, Map.of("reason", "bogus")).message());
    assertEquals("Failed to queue media for playback", h.post("/channels/" + id + "/play").message());
    h.sync(rec);
    assertEquals(List.of("ChannelUserevent"), rec.typesSince(mark));
  }

  @Test
  void spacedDigitsArriveOnTheSimClock() {
    String id = answeredCall();
    SimHarness.await(h.sim.callerSendsDtmf(id, "42", java.time.Duration.ofSeconds(2)));
    rec.await("ChannelDtmfReceived");
    h.advanceSeconds(1.9);
    h.sync(rec);
    assertEquals(1, rec.types().stream().filter("ChannelDtmfReceived"::equals).count());
    h.advanceSeconds(0.1);
    assertEquals("2", rec.awaitNth(EventRecorder.type("ChannelDtmfReceived"), 1).getString("digit"));
  }

  @Test
  void callerHoldIsReportedButAriHoldIsNot() {
    String id = answeredCall();
    SimHarness.await(h.sim.callerHolds(id));
    assertEquals("default", rec.await("ChannelHold").getString("musicclass"));
    SimHarness.await(h.sim.callerUnholds(id));
    rec.await("ChannelUnhold");
  }

  @Test
  void talkDetectionReportsTalkingWithItsDuration() {
    String id = answeredCall();
    h.post("/channels/" + id + "/variable", Map.of("variable", "TALK_DETECT(set)", "value", "1000"));
    SimHarness.await(h.sim.callerTalks(id, java.time.Duration.ofMillis(2400)));
    rec.await("ChannelTalkingStarted");
    h.advanceSeconds(3.4);
    JsonObject finished = rec.await("ChannelTalkingFinished");
    assertEquals(2400, finished.getInteger("duration"));
    assertEquals("duration", finished.fieldNames().iterator().next());
  }

  private String answeredCall() {
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    h.post("/channels/" + id + "/answer");
    rec.await("ChannelStateChange");
    return id;
  }
}
