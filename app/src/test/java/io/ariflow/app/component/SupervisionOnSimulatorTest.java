package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.supervision.Hearing;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spy, whisper and barge on the simulated Asterisk, as bridges and snoop channels: who is in which bridge, which
 * snoop exists, and who hears whom; switching with the supervisor's keys, the rules checked before any snoop.
 */
class SupervisionOnSimulatorTest {

  @TempDir
  Path dir;
  private ConferenceRig rig;
  private String caller;
  private String agent;
  private String callBridge;

  @BeforeEach
  void startACallBetweenACallerAndAnAgent() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceFiles.ROOMS, "flows.yaml", ConferenceFiles.FLOWS);
    caller = rig.call("agent-call", "5551000");
    rig.flows.until("the caller talks to the agent", () -> bridges().size() == 1
        && bridges().get(0).getJsonArray("channels").size() == 2);
    callBridge = bridges().get(0).getString("id");
    agent = rig.channelsNamed("Local/answer@answer-wait").stream().map(c -> c.getString("id"))
        .filter(id -> rig.inBridge(callBridge).contains(id)).findFirst().orElseThrow();
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void aLeadListensThenWhispersThenBargesAndStopsWithItsKeys() {
    String lead = rig.call("spy", "1001");
    rig.flows.until("the lead listens through a snoop", () -> snoops().size() == 1 && inOwnBridgeWithSnoop(lead));
    String listening = snoops().get(0);
    Hearing hearing = hearing(lead);
    assertTrue(hearing.hears(lead, caller) && hearing.hears(lead, agent), hearing.toString());
    assertFalse(hearing.hears(caller, lead) || hearing.hears(agent, lead), "nobody hears a listening lead");

    rig.press(lead, "5");
    rig.flows.until("a whisper snoop replaced the listening one",
        () -> snoops().size() == 1 && !snoops().get(0).equals(listening) && inOwnBridgeWithSnoop(lead));
    hearing = hearing(lead);
    assertTrue(hearing.hears(agent, lead), "the agent hears the whisper");
    assertFalse(hearing.hears(caller, lead), "the caller does not");

    rig.press(lead, "6");
    rig.flows.until("the lead barged into the call", () -> rig.inBridge(callBridge).contains(lead)
        && snoops().isEmpty());
    assertTrue(hearing(lead).hears(caller, lead));

    rig.press(lead, "*");
    rig.ended(lead, "watch", "stopped");
    rig.flows.until("only the call is left", () -> bridges().size() == 1
        && rig.inBridge(callBridge).equals(List.of(agent, caller).stream().sorted().toList()) && snoops().isEmpty());
  }

  @Test
  void someoneTheRulesDoNotAllowIsRefusedBeforeAnySnoopIsMade() {
    String other = rig.call("spy", "2002");

    rig.ended(other, "watch", "refused");
    assertTrue(snoops().isEmpty());
    assertEquals(1, bridges().size());
  }

  @Test
  void theSupervisedCallEndingEndsTheSessionAndLeavesNothingBehind() {
    String lead = rig.call("spy", "1001");
    rig.flows.until("the lead listens", () -> snoops().size() == 1);

    rig.hangUp(caller);

    rig.ended(lead, "watch", "call-ended");
    rig.nothingLeftBehind();
  }

  @Test
  void theSupervisedCallEndingWhileEventsAreLostEndsTheSessionAfterTheReconnect() {
    String lead = rig.call("spy", "1001");
    rig.flows.until("the lead listens", () -> snoops().size() == 1);

    Await.result(rig.flows.sim.faults().dropWebSockets());
    rig.hangUp(agent);
    rig.flows.until("the engine reconnected", () -> rig.flows.engine().connection().status().generation() >= 2);

    rig.ended(lead, "watch", "call-ended");
    rig.nothingLeftBehind();
  }

  private boolean inOwnBridgeWithSnoop(String lead) {
    return bridges().stream().anyMatch(bridge -> {
      List<String> members = channels(bridge);
      return members.size() == 2 && members.contains(lead) && snoops().contains(members.stream()
          .filter(id -> !id.equals(lead)).findFirst().orElse(""));
    });
  }

  private Hearing hearing(String lead) {
    return Await.result(rig.control().supervision(lead)).orElseThrow();
  }

  private List<String> snoops() {
    return rig.channelsNamed("Snoop/").stream().map(c -> c.getString("id")).toList();
  }

  private List<JsonObject> bridges() {
    JsonArray all = rig.flows.bridges();
    return IntStream.range(0, all.size()).mapToObj(all::getJsonObject).toList();
  }

  private static List<String> channels(JsonObject bridge) {
    return bridge.getJsonArray("channels").stream().map(String::valueOf).toList();
  }
}
