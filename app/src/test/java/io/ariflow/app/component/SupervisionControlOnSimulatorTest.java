package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.conference.SupervisionControl;
import io.ariflow.app.conference.SupervisionView;
import io.ariflow.flows.conference.supervision.Hearing;
import io.ariflow.flows.conference.supervision.SupervisionAnswer;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.conference.supervision.SupervisionOutcome;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supervision driven by the engine's operations rather than the supervisor's keys, on the simulated Asterisk: the
 * running session is listed, switched from listening to whispering to barging (asserted as bridges, snoops and who
 * hears whom), and stopped, after which the supervised caller and agent are still talking.
 */
class SupervisionControlOnSimulatorTest {

  @TempDir
  Path dir;
  private ConferenceRig rig;
  private String caller;
  private String agent;
  private String callBridge;
  private String lead;

  @BeforeEach
  void aLeadListensToACallBetweenACallerAndAnAgent() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceFiles.ROOMS, "flows.yaml", ConferenceFiles.FLOWS);
    caller = rig.call("agent-call", "5551000");
    rig.flows.until("the caller talks to the agent", () -> bridges().size() == 1
        && bridges().get(0).getJsonArray("channels").size() == 2);
    callBridge = bridges().get(0).getString("id");
    agent = rig.inBridge(callBridge).stream().filter(id -> !id.equals(caller)).findFirst().orElseThrow();
    lead = rig.call("spy", "1001");
    rig.flows.until("the lead listens", () -> snoops().size() == 1
        && sessions().stream().anyMatch(s -> s.mode().equals(Optional.of(SupervisionMode.LISTEN))));
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void theRunningSessionIsListedWithItsPartiesModeAndStart() {
    SupervisionView session = sessions().get(0);

    assertEquals(lead, session.supervisor().channelId());
    assertEquals("1001", session.supervisor().identity());
    assertEquals(agent, session.target().channelId());
    assertEquals(callBridge, session.callBridgeId());
    assertEquals(Optional.of(SupervisionMode.LISTEN), session.mode());
    assertTrue(session.since().isAfter(java.time.Instant.EPOCH));
  }

  @Test
  void anOperatorSwitchesTheSessionToWhisperThenBargeAndTheAudioPathsFollow() {
    String id = sessions().get(0).sessionId();
    String listening = snoops().get(0);

    assertEquals(Optional.of(new SupervisionAnswer.Switching(SupervisionMode.WHISPER)),
        Await.result(control().switchMode(id, SupervisionMode.WHISPER)));
    rig.flows.until("a whisper snoop replaced the listening one", () -> snoops().size() == 1
        && !snoops().get(0).equals(listening) && inOwnBridgeWithSnoop()
        && sessions().get(0).mode().equals(Optional.of(SupervisionMode.WHISPER)));
    Hearing whisper = hearing(id);
    assertTrue(whisper.hears(lead, caller) && whisper.hears(lead, agent), whisper.toString());
    assertTrue(whisper.hears(agent, lead), "the agent hears the whisper");
    assertFalse(whisper.hears(caller, lead), "the caller does not");

    assertEquals(Optional.of(new SupervisionAnswer.InMode(SupervisionMode.BARGE)),
        Await.result(control().switchMode(id, SupervisionMode.BARGE)));
    rig.flows.until("the lead barged into the call", () -> rig.inBridge(callBridge).equals(sorted(caller, agent, lead))
        && snoops().isEmpty());
    Hearing barge = hearing(id);
    assertTrue(barge.hears(caller, lead) && barge.hears(agent, lead) && barge.hears(lead, caller), barge.toString());
  }

  @Test
  void stoppingTheSessionLeavesTheCallerAndTheAgentTalking() {
    String id = sessions().get(0).sessionId();

    Optional<SupervisionAnswer.Ended> ended = Await.result(control().stop(id));

    assertEquals(Optional.of(SupervisionOutcome.STOPPED), ended.map(SupervisionAnswer.Ended::outcome));
    rig.ended(lead, "watch", "stopped");
    rig.flows.until("only the call is left", () -> snoops().isEmpty() && bridges().size() == 1
        && rig.inBridge(callBridge).equals(sorted(caller, agent)));
    assertEquals("Up", rig.flows.channelState(caller));
    assertEquals("Up", rig.flows.channelState(agent));
    assertTrue(sessions().isEmpty());
    assertEquals(0, Await.result(rig.control().followedIds()));
  }

  @Test
  void anUnknownSessionAnswersEmpty() {
    assertEquals(Optional.empty(), Await.result(control().switchMode("nope", SupervisionMode.BARGE)));
    assertEquals(Optional.empty(), Await.result(control().stop("nope")));
  }

  private SupervisionControl control() {
    return rig.flows.hosting().supervision().orElseThrow();
  }

  private List<SupervisionView> sessions() {
    return Await.result(control().sessions());
  }

  private Hearing hearing(String id) {
    return Await.result(control().hearing(id)).orElseThrow();
  }

  private boolean inOwnBridgeWithSnoop() {
    return bridges().stream().anyMatch(bridge -> {
      List<String> members = bridge.getJsonArray("channels").stream().map(String::valueOf).toList();
      return members.size() == 2 && members.contains(lead) && snoops().contains(members.stream()
          .filter(id -> !id.equals(lead)).findFirst().orElse(""));
    });
  }

  private List<String> snoops() {
    return rig.channelsNamed("Snoop/").stream().map(c -> c.getString("id")).toList();
  }

  private List<JsonObject> bridges() {
    JsonArray all = rig.flows.bridges();
    return IntStream.range(0, all.size()).mapToObj(all::getJsonObject).toList();
  }

  private static List<String> sorted(String... ids) {
    return Stream.of(ids).sorted().toList();
  }
}
