package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.room.MemberState;
import io.ariflow.flows.conference.room.RoomSnapshot;
import io.ariflow.flows.conference.spec.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conference rooms with several callers on the simulated Asterisk: PINs, waiting for the leader, the room ending
 * with its leader, a locked room an admin still enters, a full room, and nothing left behind afterwards.
 */
class ConferenceRoomsOnSimulatorTest {

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
  void membersWaitWithMusicForTheLeaderThenShareOneBridgeAndTheRoomEndsWithTheLeader() {
    String alice = join("201", "1234");
    rig.hears(alice, "conf-waitforleader");
    rig.flows.until("alice waits", () -> state(alice) == MemberState.WAITING);
    assertFalse(rig.inBridge(bridge()).contains(alice), "a waiting member is not in the bridge");

    String boss = join("100", "9999");
    rig.flows.until("both are in the bridge", () -> rig.inBridge(bridge()).equals(sorted(alice, boss)));
    rig.hears(alice, "confbridge-conf-begin");
    assertEquals(Role.ADMIN, rig.member(ROOM, boss).orElseThrow().role());
    assertEquals(Role.PLAIN, rig.member(ROOM, alice).orElseThrow().role());

    rig.hangUp(boss);
    rig.hears(alice, "confbridge-conf-end");
    rig.ended(alice, "join", "room-ended");
    rig.nothingLeftBehind();
    assertTrue(rig.room(ROOM).isEmpty());
  }

  @Test
  void aWrongPinIsAskedAgainThenRefusedAndTheFlowRoutesTheRefusal() {
    String alice = rig.call("team", "201");
    rig.hears(alice, "conf-getpin");
    rig.press(alice, "1111#");
    rig.hears(alice, "conf-invalidpin");
    rig.press(alice, "2222#");

    rig.ended(alice, "join", "wrong-pin");
    assertEquals(java.util.Optional.of("end"), rig.outcome(alice, "after-refusal"));
    rig.nothingLeftBehind();
  }

  @Test
  void aLockedRoomRefusesAMemberButLetsAnotherAdminIn() {
    String boss = join("100", "9999");
    rig.flows.until("the boss is in", () -> state(boss) == MemberState.IN_ROOM);
    rig.press(boss, "*2");
    rig.flows.until("the room is locked", () -> rig.room(ROOM).map(RoomSnapshot::locked).orElse(false));

    String alice = join("201", "1234");
    rig.hears(alice, "conf-locked");
    rig.ended(alice, "join", "locked");
    String deputy = join("102", "9999");
    rig.flows.until("the deputy is in", () -> rig.inBridge(bridge()).equals(sorted(boss, deputy)));
  }

  @Test
  void aFullRoomRefusesTheNextMember() {
    String first = rig.call("small", "201");
    rig.flows.until("the first member is in", () -> rig.member("small", first).isPresent());
    String second = rig.call("small", "202");

    rig.hears(second, "conf-full");
    rig.ended(second, "join", "full");
    rig.hangUp(first);
    rig.nothingLeftBehind();
  }

  private String join(String number, String pin) {
    String channel = rig.call("team", number);
    rig.hears(channel, "conf-getpin");
    rig.press(channel, pin + "#");
    return channel;
  }

  private MemberState state(String channel) {
    return rig.member(ROOM, channel).map(member -> member.state()).orElse(null);
  }

  private String bridge() {
    return rig.room(ROOM).orElseThrow().bridgeId();
  }

  private static List<String> sorted(String... ids) {
    return Stream.of(ids).sorted().toList();
  }
}
