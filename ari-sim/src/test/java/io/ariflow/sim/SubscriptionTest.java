package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** application-replaced and subscriptions-device-state traces, event filters, subscribeAll. */
class SubscriptionTest {

  private final SimHarness h = new SimHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aSecondSocketReplacesTheFirstWhichStaysOpenButSilent() {
    EventRecorder first = h.connect("engine");
    EventRecorder second = h.connect("engine");
    JsonObject replaced = first.await("ApplicationReplaced");
    assertEquals(List.of("type", "timestamp", "application", "asterisk_id"), List.copyOf(replaced.fieldNames()));
    h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine", "appArgs", "after-replace"));
    second.await("StasisStart");
    h.sync(second);
    assertEquals(List.of("ApplicationReplaced"), first.types());
    assertFalse(first.ws.isClosed());
  }

  @Test
  void anyAppNameExistsWhileItsSocketIsOpen() throws Exception {
    h.connect("engine");
    EventRecorder other = h.connect("no-such-app-xyz");
    JsonArray apps = h.get("/applications").array();
    assertEquals(2, apps.size());
    assertEquals(List.of("name", "channel_ids", "bridge_ids", "endpoint_ids", "device_names", "events_allowed",
        "events_disallowed"), List.copyOf(apps.getJsonObject(1).fieldNames()));
    SimHarness.await(other.ws.close());
    other.closed.get(5, TimeUnit.SECONDS);
    assertEquals(1, h.get("/applications").array().size());
    assertEquals("Application not found", h.get("/applications/no-such-app").message());
  }

  @Test
  void deviceStatesNotifySubscribersAndDeleteTwiceIs204() {
    EventRecorder rec = h.connect("engine");
    assertEquals(204, h.put("/deviceStates/Stasis:agent-1001", Map.of("deviceState", "NOT_INUSE")).status());
    JsonObject app = h.post("/applications/engine/subscription",
        Map.of("eventSource", "endpoint:PJSIP/sipp,deviceState:Stasis:agent-1001")).json();
    assertEquals(new JsonArray().add("PJSIP/sipp"), app.getJsonArray("endpoint_ids"));
    assertEquals(new JsonArray().add("Stasis:agent-1001"), app.getJsonArray("device_names"));
    h.put("/deviceStates/Stasis:agent-1001", Map.of("deviceState", "INUSE"));
    JsonObject changed = rec.await("DeviceStateChanged");
    assertEquals(List.of("type", "application", "timestamp", "device_state", "asterisk_id"),
        List.copyOf(changed.fieldNames()));
    assertEquals(new JsonObject().put("name", "Stasis:agent-1001").put("state", "INUSE"),
        changed.getJsonObject("device_state"));
    assertEquals("NOT_INUSE", h.put("/deviceStates/Stasis:agent-1001", Map.of("deviceState", "NOT_INUSE")).body() == null
        ? h.get("/deviceStates/Stasis:agent-1001").json().getString("state") : "");
    assertEquals("Unknown device", h.put("/deviceStates/Stasis:agent-1001", Map.of("deviceState", "BOGUS")).message());
    assertEquals(409, h.put("/deviceStates/PJSIP:sipp", Map.of("deviceState", "INUSE")).status());
    h.delete("/applications/engine/subscription", Map.of("eventSource", "endpoint:PJSIP/sipp,deviceState:Stasis:agent-1001"));
    assertEquals(204, h.delete("/deviceStates/Stasis:agent-1001").status());
    assertEquals(204, h.delete("/deviceStates/Stasis:agent-1001").status());
  }

  @Test
  void registerAndUnregisterAnnounceEndpointPeerAndContactStatus() {
    EventRecorder rec = h.connect("engine");
    assertEquals("offline", h.get("/endpoints/PJSIP/sipp").json().getString("state"));
    h.post("/applications/engine/subscription", Map.of("eventSource", "endpoint:PJSIP/sipp"));
    SimHarness.await(h.sim.registerEndpoint("sipp"));
    rec.await("ContactStatusChange");
    assertEquals("online", h.get("/endpoints/PJSIP/sipp").json().getString("state"));
    SimHarness.await(h.sim.unregisterEndpoint("sipp"));
    JsonObject removed = rec.awaitNth(EventRecorder.type("ContactStatusChange"), 1);
    assertEquals("Removed", removed.getJsonObject("contact_info").getString("contact_status"));
    assertEquals(List.of("EndpointStateChange", "PeerStatusChange", "ContactStatusChange", "EndpointStateChange",
        "PeerStatusChange", "ContactStatusChange"), rec.types());
  }

  @Test
  void anEndpointSubscriptionDuplicatesChannelEventsAndAddsChannelDestroyed() {
    EventRecorder rec = h.connect("engine");
    h.post("/applications/engine/subscription", Map.of("eventSource", "endpoint:PJSIP/sipp"));
    String id = SimHarness.await(h.sim.placeCall("2000"));
    rec.await("StasisStart");
    assertEquals(List.of("EndpointStateChange", "ChannelCreated", "ChannelVarset", "ChannelDialplan",
        "ChannelDialplan", "ChannelVarset", "StasisStart"), rec.types());
    h.post("/channels/" + id + "/answer");
    int mark = h.mark(rec);
    SimHarness.await(h.sim.callerHangsUp(id));
    rec.awaitNth(EventRecorder.type("EndpointStateChange"), 1);
    List<String> tail = rec.typesSince(mark);
    assertEquals(List.of("ChannelHangupRequest", "ChannelHangupRequest", "StasisEnd", "ChannelVarset",
        "ChannelHangupRequest", "ChannelDestroyed", "EndpointStateChange"), tail.subList(10, tail.size()));
  }

  @Test
  void subscriptionErrorsMatchTheStatusTable() {
    h.connect("engine");
    assertEquals(422, h.post("/applications/engine/subscription", Map.of("eventSource", "channel:no-such-channel")).status());
    assertEquals("Invalid event source URI scheme",
        h.post("/applications/engine/subscription", Map.of("eventSource", "bogus:thing")).message());
    assertEquals("Missing parameter eventSource", h.post("/applications/engine/subscription").message());
  }

  @Test
  void eventFilterDropsDisallowedTypes() {
    EventRecorder rec = h.connect("engine");
    JsonObject filter = new JsonObject().put("disallowed", new JsonArray().add(new JsonObject().put("type", "Dial")));
    SimHarness.Resp r = h.call(HttpMethod.PUT, "/applications/engine/eventFilter", Map.of(), filter);
    assertEquals(200, r.status());
    assertEquals(filter.getJsonArray("disallowed"), r.json().getJsonArray("events_disallowed"));
    h.post("/channels", Map.of("endpoint", "Local/answer@answer-wait", "app", "engine"));
    rec.await("StasisStart");
    assertFalse(rec.types().contains("Dial"));
  }

  @Test
  void subscribeAllSeesChannelsOfOtherApps() {
    EventRecorder all = h.connectUri("/ari/events?app=observer&subscribeAll=true&api_key=" + h.credentials());
    h.connect("engine");
    SimHarness.await(h.sim.placeCall("2000"));
    all.await("ChannelDialplan");
    assertFalse(all.types().contains("StasisStart"));
  }
}
