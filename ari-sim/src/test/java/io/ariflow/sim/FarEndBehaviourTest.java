package io.ariflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.sim.dialplan.Dialplan;
import io.ariflow.sim.dialplan.FarEnds;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The [answer-wait] far ends and user-declared ones, reached by originate. */
class FarEndBehaviourTest {

  private final SimHarness h = new SimHarness(SimOptions.forTests().withStasisApp("engine")
      .withCredentials("engine", "engine-secret")
      .withFarEnds(Dialplan.builder()
          .exten("far-ends", "slow", FarEnds.of(FarEnds.answerAfter(Duration.ofSeconds(5)),
              FarEnds.hangupAfter(Duration.ofSeconds(10))))
          .build()));
  private final EventRecorder rec = h.connect("engine");

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void theDtmfFarEndSendsOneTwoThreeHashAfterASecond() {
    String id = originate("Local/dtmf@answer-wait", Map.of());
    rec.await(EventRecorder.typeOn("StasisStart", id));
    h.advanceSeconds(1.5 + 0.25);
    JsonObject first = rec.await("ChannelDtmfReceived");
    assertEquals("1", first.getString("digit"));
    assertEquals(250, first.getInteger("duration_ms"));
    h.advanceSeconds(1.05);
    rec.awaitNth(EventRecorder.type("ChannelDtmfReceived"), 3);
    assertEquals(List.of("1", "2", "3", "#"), rec.events().stream()
        .filter(e -> "ChannelDtmfReceived".equals(e.getString("type"))).map(e -> e.getString("digit")).toList());
  }

  @Test
  void originateToNoAnswerGivesUpAtTheTimeoutWithCause19() {
    String id = originate("Local/noanswer@answer-wait", Map.of("timeout", "10"));
    h.advanceSeconds(9.9);
    h.sync(rec);
    assertEquals(0, rec.types().stream().filter("ChannelDestroyed"::equals).count());
    h.advanceSeconds(0.1);
    assertEquals(19, rec.await(EventRecorder.typeOn("ChannelDestroyed", id)).getInteger("cause"));
  }

  @Test
  void originateToBusyFailsAtOnceWithCause17() {
    String id = originate("Local/busy@answer-wait", Map.of());
    assertEquals(17, rec.await(EventRecorder.typeOn("ChannelDestroyed", id)).getInteger("cause"));
  }

  @Test
  void aUserFarEndAnswersAfterFiveSecondsAndHangsUpTenSecondsLater() {
    String id = originate("Local/slow@far-ends", Map.of());
    h.advanceSeconds(4.9);
    h.sync(rec);
    assertEquals(0, rec.types().stream().filter("StasisStart"::equals).count());
    h.advanceSeconds(0.1);
    rec.await(EventRecorder.typeOn("StasisStart", id));
    h.advanceSeconds(10.5);
    JsonObject destroyed = rec.await(EventRecorder.typeOn("ChannelDestroyed", id));
    assertEquals(16, destroyed.getInteger("cause"));
  }

  @Test
  void theEchoFarEndStaysUp() {
    String id = originate("Local/echo@answer-wait", Map.of());
    rec.await(EventRecorder.typeOn("StasisStart", id));
    h.advanceSeconds(3600);
    assertEquals(200, h.get("/channels/" + id).status());
  }

  private String originate(String endpoint, Map<String, String> extra) {
    Map<String, String> q = new java.util.HashMap<>(Map.of("endpoint", endpoint, "app", "engine"));
    q.putAll(extra);
    return h.post("/channels", q).json().getString("id");
  }
}
