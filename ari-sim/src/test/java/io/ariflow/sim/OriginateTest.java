package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Originate and create+dial, compared with the event sequences of the real traces. */
class OriginateTest {

  private final SimHarness h = new SimHarness();
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void originateWithAppDialsAnswersAndEntersStasisLikeRestErrors() {
    JsonObject one = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine",
        "appArgs", "err-a")).json();
    assertEquals("Local/answer@answer-wait-00000000;1", one.getString("name"));
    assertEquals("Down", one.getString("state"));
    assertEquals("AppDial2", one.getJsonObject("dialplan").getString("app_name"));
    rec.await("StasisStart");
    assertEquals(List.of("Dial", "ChannelDialplan", "ChannelStateChange", "ChannelStateChange", "Dial",
        "ChannelVarset", "StasisStart"), rec.types());
    assertEquals("", rec.events().get(0).getString("dialstatus"));
    assertEquals("answer@answer-wait", rec.events().get(0).getString("dialstring"));
    assertEquals("ANSWER", rec.events().get(4).getString("dialstatus"));
    assertEquals(new io.vertx.core.json.JsonArray().add("err-a"), rec.events().get(6).getJsonArray("args"));
    h.advanceSeconds(0.5);
    JsonObject wait = rec.await(e -> "Wait".equals(e.getString("dialplan_app")));
    assertEquals("600", wait.getString("dialplan_app_data"));
  }

  @Test
  void agentThatHangsUpInsideTheBridgeLeavesTheBridgeSubscribedSoDeleteGivesBridgeDestroyed() {
    h.post("/channels", Map.of("endpoint", "Local/1000@from-test", "context", "answer-wait", "extension", "answer",
        "priority", "1", "callerId", "Customer <5551000>"));
    JsonObject start = rec.await("StasisStart");
    String caller = start.getJsonObject("channel").getString("id");
    assertEquals("Local/1000@from-test-00000000;2", start.getJsonObject("channel").getString("name"));
    assertEquals("Ring", start.getJsonObject("channel").getString("state"));
    h.post("/channels/" + caller + "/answer");
    SimHarness.Resp agentResp = h.call(io.vertx.core.http.HttpMethod.POST, "/channels",
        Map.of("endpoint", "Local/shorthangup@answer-wait", "app", "engine", "appArgs", "agent", "callerId",
            "Agent <1001>"),
        new JsonObject().put("variables", new JsonObject().put("AGENT_ID", "1001").put("CALLERID(name)", "Agent 1001")));
    String agent = agentResp.json().getString("id");
    rec.awaitNth(EventRecorder.type("StasisStart"), 1);
    String bridge = h.post("/bridges", Map.of("type", "mixing", "name", "call-1")).json().getString("id");
    h.post("/bridges/" + bridge + "/addChannel", Map.of("channel", caller));
    h.post("/bridges/" + bridge + "/addChannel", Map.of("channel", agent));
    int mark = h.mark(rec);
    h.advanceSeconds(3.5);
    rec.await(EventRecorder.typeOn("ChannelDestroyed", agent));
    assertEquals(List.of("ChannelDialplan", "ChannelCallerId", "ChannelDialplan", "ChannelHangupRequest",
        "ChannelHangupRequest",
        "ChannelDestroyed", "ChannelVarset", "ChannelLeftBridge", "StasisEnd", "ChannelVarset", "ChannelDestroyed"),
        rec.typesSince(mark));
    assertEquals(1, h.get("/bridges/" + bridge).json().getJsonArray("channels").size());
    mark = rec.size();
    h.delete("/bridges/" + bridge);
    rec.await("BridgeDestroyed");
    assertEquals(List.of("ChannelVarset", "ChannelLeftBridge", "BridgeDestroyed"), rec.typesSince(mark));
    mark = rec.size();
    h.delete("/channels/" + caller);
    rec.await(EventRecorder.typeOn("StasisEnd", caller));
    h.sync(rec);
    assertEquals(List.of("ChannelHangupRequest", "StasisEnd", "ChannelUserevent"), rec.typesSince(mark));
  }

  @Test
  void createAndDialNoAnswerRingsThenTimesOutWithCause19AndNoNoAnswerEvent() {
    String caller = inboundLocalCaller();
    String leg = create("Local/noanswer@answer-wait", "dial-noanswer", caller);
    int mark = h.mark(rec);
    assertEquals(204, h.post("/channels/" + leg + "/dial", Map.of("caller", caller, "timeout", "3")).status());
    rec.await(e -> "RINGING".equals(e.getString("dialstatus")));
    assertEquals(List.of("ChannelConnectedLine", "ChannelStateChange", "Dial", "Dial"), rec.typesSince(mark));
    mark = rec.size();
    h.advanceSeconds(3);
    JsonObject destroyed = rec.await(EventRecorder.typeOn("ChannelDestroyed", leg));
    assertEquals(19, destroyed.getInteger("cause"));
    assertEquals("User alerting, no answer", destroyed.getString("cause_txt"));
    assertEquals(List.of("ChannelHangupRequest", "StasisEnd", "ChannelVarset", "ChannelDestroyed"), rec.typesSince(mark));
  }

  @Test
  void createAndDialBusyStaysUpUntilTheDialTimeout() {
    String caller = inboundLocalCaller();
    String leg = create("Local/busy@answer-wait", "dial-busy", caller);
    int mark = h.mark(rec);
    h.post("/channels/" + leg + "/dial", Map.of("caller", caller, "timeout", "5"));
    rec.await(e -> "BUSY".equals(e.getString("dialstatus")));
    assertEquals(List.of("ChannelConnectedLine", "Dial", "Dial"), rec.typesSince(mark));
    assertEquals("", rec.events().get(mark + 2).getString("dialstring"));
    h.advanceSeconds(4.9);
    assertEquals(200, h.get("/channels/" + leg).status());
    h.advanceSeconds(0.1);
    assertEquals(19, rec.await(EventRecorder.typeOn("ChannelDestroyed", leg)).getInteger("cause"));
  }

  @Test
  void createAndDialAnswerThenTheOriginatorGetsChannelDestroyedAfterStasisEnd() {
    String caller = inboundLocalCaller();
    String leg = create("Local/answer@answer-wait", "dial-answer", caller);
    int mark = h.mark(rec);
    h.post("/channels/" + leg + "/dial", Map.of("caller", caller, "timeout", "5"));
    rec.await(e -> "ANSWER".equals(e.getString("dialstatus")));
    assertEquals(List.of("ChannelConnectedLine", "Dial", "ChannelStateChange", "Dial"), rec.typesSince(mark));
    h.post("/channels/" + caller + "/answer");
    String bridge = h.post("/bridges", Map.of("type", "mixing")).json().getString("id");
    h.post("/bridges/" + bridge + "/addChannel", Map.of("channel", caller + "," + leg));
    mark = rec.size();
    h.delete("/channels/" + leg, Map.of("reason", "normal"));
    rec.await(EventRecorder.typeOn("ChannelDestroyed", leg));
    assertEquals(List.of("ChannelHangupRequest", "ChannelVarset", "ChannelLeftBridge", "StasisEnd", "ChannelVarset",
        "ChannelDestroyed"), rec.typesSince(mark));
    mark = rec.size();
    h.delete("/bridges/" + bridge);
    rec.await("BridgeDestroyed");
    assertEquals(List.of("ChannelVarset", "ChannelLeftBridge", "BridgeDestroyed"), rec.typesSince(mark));
    mark = rec.size();
    h.delete("/channels/" + caller);
    rec.await(EventRecorder.typeOn("ChannelDestroyed", caller));
    assertEquals(List.of("ChannelHangupRequest", "StasisEnd", "ChannelVarset", "ChannelHangupRequest",
        "ChannelDestroyed"), rec.typesSince(mark));
  }

  @Test
  void originateValidationMatchesAsterisk() {
    assertEquals("Endpoint must be specified", h.post("/channels", Map.of("app", "engine")).message());
    assertEquals("Application or extension must be specified",
        h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait")).message());
    assertEquals("Invalid endpoint specified", h.post("/channels", Map.of("endpoint", "nonsense", "app", "engine")).message());
    SimHarness.Resp nobody = h.post("/channels", Map.of("endpoint", "PJSIP/nobody", "app", "engine", "appArgs", "x"));
    assertEquals(500, nobody.status());
    assertEquals(new JsonObject().put("error", "Allocation failed"), nobody.json());
    assertEquals(500, h.post("/channels", Map.of("endpoint", "Bogus/xyz", "app", "engine")).status());
  }

  @Test
  void clientChosenIdsAreUsed() {
    JsonObject one = h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine",
        "channelId", "my-leg", "otherChannelId", "my-leg-2")).json();
    assertEquals("my-leg", one.getString("id"));
    assertEquals(200, h.get("/channels/my-leg-2").status());
    assertEquals(409, h.post("/channels/my-leg", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine")).status());
  }

  private String inboundLocalCaller() {
    h.post("/channels", Map.of("endpoint", "Local/1000@from-test", "context", "answer-wait", "extension", "answer",
        "priority", "1", "callerId", "Customer <5551000>"));
    String caller = rec.await("StasisStart").getJsonObject("channel").getString("id");
    h.post("/channels/" + caller + "/ring");
    return caller;
  }

  private String create(String endpoint, String args, String originator) {
    int before = rec.size();
    JsonObject leg = h.post("/channels/create", Map.of("endpoint", endpoint, "app", "engine", "appArgs", args,
        "originator", originator)).json();
    assertEquals("", leg.getJsonObject("dialplan").getString("app_name"));
    rec.await(EventRecorder.typeOn("StasisStart", leg.getString("id")));
    assertEquals(List.of("ChannelDialplan", "ChannelVarset", "StasisStart"), rec.typesSince(before));
    return leg.getString("id");
  }
}
