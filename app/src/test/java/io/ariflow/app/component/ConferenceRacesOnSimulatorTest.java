package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.conference.room.MemberState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The normal races of a live room: a member hanging up while being kicked, the room ending at someone's door. */
class ConferenceRacesOnSimulatorTest {

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
  void aMemberHangingUpWhileBeingKickedLeavesTheRoomOnce() {
    String boss = join("100", "9999");
    String alice = join("201", "1234");
    rig.flows.until("both are in the room", () -> rig.room(ROOM).map(r -> r.members().size() == 2).orElse(false));

    rig.control().kick(ROOM, alice, "the operator");
    rig.hangUp(alice);

    rig.flows.until("alice is gone and the boss is alone in the bridge", () -> rig.member(ROOM, alice).isEmpty()
        && rig.inBridge(rig.room(ROOM).orElseThrow().bridgeId()).equals(List.of(boss)));
    assertEquals(MemberState.IN_ROOM, rig.member(ROOM, boss).orElseThrow().state());
    rig.flows.until("alice's run ended", () -> rig.flows.lastRunOf(alice).isPresent());
    rig.hangUp(boss);
    rig.nothingLeftBehind();
  }

  @Test
  void theRoomEndingWhileSomeoneTypesThePinEndsThatCallersStepWithRoomEnded() {
    String boss = join("100", "9999");
    rig.flows.until("the boss is in", () -> rig.member(ROOM, boss).isPresent());
    String alice = rig.call("team", "201");
    rig.hears(alice, "conf-getpin");

    rig.control().end(ROOM, "the meeting is over");
    rig.ended(boss, "join", "room-ended");
    rig.press(alice, "1234#");

    rig.ended(alice, "join", "room-ended");
    rig.nothingLeftBehind();
  }

  private String join(String number, String pin) {
    String channel = rig.call("team", number);
    rig.hears(channel, "conf-getpin");
    rig.press(channel, pin + "#");
    return channel;
  }
}
