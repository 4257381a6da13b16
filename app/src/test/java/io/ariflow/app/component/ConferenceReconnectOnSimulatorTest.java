package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.ari.ws.ConnectionState;
import io.ariflow.sim.RestartTiming;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rooms across a lost events connection: Asterisk does not replay what it sent in the gap, so after the reconnect
 * the rooms are told what they missed. A member who hung up leaves (the others stay), the leader who hung up ends
 * the room as if the room had seen it, a room whose bridge vanished
 * ends and lets its members go on, and an Asterisk restart ends every room with nothing left behind.
 */
class ConferenceReconnectOnSimulatorTest {

  private static final String ROOM = "team-1";

  @TempDir
  Path dir;
  private ConferenceRig rig;

  @BeforeEach
  void start() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceFiles.ROOMS, "flows.yaml", ConferenceFiles.FLOWS);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void aMemberWhoHangsUpWhileEventsAreLostLeavesTheRoomAfterTheReconnect() {
    String boss = joined("100", "9999");
    String alice = joined("201", "1234");
    String bob = joined("202", "1234");

    Await.result(rig.flows.sim.faults().dropWebSockets());
    rig.hangUp(alice);
    awaitReconnect(2);

    rig.flows.until("alice left the room", () -> rig.member(ROOM, alice).isEmpty());
    rig.flows.until("the bridge holds the boss and bob", () -> rig.inBridge(bridge()).equals(sorted(boss, bob)));
    assertEquals(sorted(boss, bob), rig.room(ROOM).orElseThrow().members().stream()
        .map(member -> member.channelId()).sorted().toList());

    rig.hangUp(boss);
    rig.ended(bob, "join", "room-ended");
    rig.nothingLeftBehind();
  }

  @Test
  void theLeaderHangingUpWhileEventsAreLostEndsTheRoomForTheOthersAfterTheReconnect() {
    String boss = joined("100", "9999");
    String alice = joined("201", "1234");

    Await.result(rig.flows.sim.faults().dropWebSockets());
    rig.hangUp(boss);
    awaitReconnect(2);

    rig.hears(alice, "confbridge-conf-end");
    rig.ended(alice, "join", "room-ended");
    rig.nothingLeftBehind();
  }

  @Test
  void aRoomWhoseBridgeVanishedWhileEventsAreLostEndsAndItsMembersGoOn() {
    String boss = joined("100", "9999");
    String alice = joined("201", "1234");
    String bridge = bridge();

    Await.result(rig.flows.sim.faults().dropWebSockets());
    Await.result(rig.flows.sim.onLoop(core -> {
      core.bridges().destroy(bridge);
      return null;
    }));
    awaitReconnect(2);

    rig.ended(alice, "join", "room-ended");
    rig.ended(boss, "join", "room-ended");
    rig.nothingLeftBehind();
    assertTrue(rig.room(ROOM).isEmpty());
  }

  @Test
  void anAsteriskRestartWhileEventsAreStalledEndsEveryRoomCleanly() {
    joined("100", "9999");
    joined("201", "1234");
    String small = rig.call("small", "301");
    rig.flows.until("the small room is open", () -> rig.member("small", small).isPresent());

    Await.result(rig.flows.sim.faults().stallEvents());
    Await.result(rig.flows.sim.faults().restart(RestartTiming.quick()));
    Await.result(rig.flows.sim.faults().resumeEvents());
    awaitReconnect(2);

    rig.flows.until("no room is open", () -> Await.result(rig.control().rooms()).isEmpty());
    rig.nothingLeftBehind();
    assertTrue(rig.flows.channels().isEmpty(), "no channel is left");
  }

  private void awaitReconnect(long generation) {
    rig.flows.until("the engine reconnected", () -> rig.flows.engine().connection().status().generation()
        >= generation && rig.flows.engine().connection().state() == ConnectionState.CONNECTED);
  }

  private String joined(String number, String pin) {
    String channel = rig.call("team", number);
    rig.hears(channel, "conf-getpin");
    rig.press(channel, pin + "#");
    rig.flows.until(number + " is in the room", () -> rig.member(ROOM, channel).isPresent());
    return channel;
  }

  private String bridge() {
    return rig.room(ROOM).orElseThrow().bridgeId();
  }

  private static List<String> sorted(String... ids) {
    return Stream.of(ids).sorted().toList();
  }
}
