package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.sim.dialplan.FarEndYaml;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dialling registered PJSIP endpoints, whose behaviour comes from the [phones] context. */
class PhoneOriginateTest {

  private final SimHarness h = new SimHarness(SimOptions.forTests().withStasisApp("engine")
      .withCredentials("engine", "engine-secret").withEndpoints(List.of("sipp", "agent-1", "agent-2"))
      .withFarEnds(FarEndYaml.parse("""
          contexts:
            phones:
              agent-2: [ring, {wait: 1s}, busy]
          """)));
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void anUnregisteredEndpointCannotBeAllocated() {
    SimHarness.Resp r = h.post("/channels", Map.of("endpoint", "PJSIP/agent-1", "app", "engine"));
    assertEquals(500, r.status());
    assertEquals(new JsonObject().put("error", "Allocation failed"), r.json());
  }

  @Test
  void aRegisteredPhoneRingsForASecondThenAnswersIntoStasis() {
    SimHarness.await(h.sim.registerEndpoint("agent-1"));
    JsonObject ch = h.post("/channels", Map.of("endpoint", "PJSIP/agent-1", "app", "engine", "appArgs", "agent"))
        .json();
    assertEquals("PJSIP/agent-1-00000000", ch.getString("name"));
    h.sync(rec);
    assertEquals(List.of("Dial", "ChannelStateChange", "Dial", "ChannelUserevent"), rec.types());
    h.advanceSeconds(1);
    rec.await("StasisStart");
    assertEquals(List.of("ChannelStateChange", "Dial", "ChannelVarset", "StasisStart"), rec.typesSince(4));
    assertEquals("agent-1", rec.events().get(0).getString("dialstring"));
  }

  @Test
  void aBusyPhoneFailsTheOriginate() {
    SimHarness.await(h.sim.registerEndpoint("agent-2"));
    String id = h.post("/channels", Map.of("endpoint", "PJSIP/agent-2", "app", "engine")).json().getString("id");
    h.advanceSeconds(1);
    JsonObject destroyed = rec.await(EventRecorder.typeOn("ChannelDestroyed", id));
    assertEquals(17, destroyed.getInteger("cause"));
    assertEquals("BUSY", rec.await(e -> "BUSY".equals(e.getString("dialstatus"))).getString("dialstatus"));
  }

  @Test
  void createThenDialAPhone() {
    SimHarness.await(h.sim.registerEndpoint("agent-1"));
    String id = h.post("/channels/create", Map.of("endpoint", "PJSIP/agent-1", "app", "engine")).json().getString("id");
    rec.await("StasisStart");
    assertEquals(204, h.post("/channels/" + id + "/dial", Map.of("timeout", "5")).status());
    assertEquals(409, h.post("/channels/" + id + "/dial").status());
    h.advanceSeconds(1);
    assertEquals("ANSWER", rec.await(e -> "ANSWER".equals(e.getString("dialstatus"))).getString("dialstatus"));
  }
}
