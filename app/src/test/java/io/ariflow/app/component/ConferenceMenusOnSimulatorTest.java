package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.room.MemberState;
import io.ariflow.flows.conference.room.MemberView;
import io.ariflow.flows.conference.room.RoomAnswer;
import io.ariflow.flows.conference.room.RoomSnapshot;
import io.ariflow.flows.conference.spec.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What members and admins do in a room on the simulated Asterisk: their DTMF menus, the service code that dials a
 * participant in and kicks it by seat, the engine's operations (mute, kick, record, add, end) and talk detection.
 */
class ConferenceMenusOnSimulatorTest {

  private static final String ROOM = "team-1";

  @TempDir
  Path dir;
  private ConferenceRig rig;
  private String boss;
  private String alice;

  @BeforeEach
  void startWithALeaderAndAMember() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceFiles.ROOMS, "flows.yaml", ConferenceFiles.FLOWS);
    boss = join("100", "9999");
    alice = join("201", "1234");
    rig.flows.until("both are in the room", () -> inRoom(boss) && inRoom(alice));
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void membersMuteThemselvesAndLeaveWhileAdminsLockAndRecordWithTheirMenus() {
    rig.press(alice, "*1");
    rig.flows.until("alice is muted", () -> member(alice).muted());
    rig.hears(alice, "conf-muted");
    rig.press(alice, "*1");
    rig.flows.until("alice is unmuted", () -> !member(alice).muted());

    rig.press(boss, "*2");
    rig.flows.until("locked", () -> room().locked());
    rig.press(boss, "*2");
    rig.flows.until("unlocked", () -> !room().locked());

    rig.press(boss, "#4");
    rig.flows.until("recording", () -> room().recording().isPresent());
    String recording = room().recording().orElseThrow();
    rig.flows.until("the simulator records the room", () -> rig.recordingLive(recording));
    rig.press(boss, "#4");
    rig.flows.until("the recording stopped", () -> !rig.recordingLive(recording) && room().recording().isEmpty());

    rig.press(alice, "*8");
    rig.ended(alice, "join", "left");
    assertEquals(1, room().members().size());
  }

  @Test
  void anAdminServiceCodeDialsAParticipantInAndKicksItBySeat() {
    rig.press(boss, "*5201#");
    rig.flows.until("the participant answered and joined", () -> room().members().size() == 3);
    MemberView invited = room().members().stream().filter(MemberView::invited).findFirst().orElseThrow();
    assertEquals(3, invited.seat());
    assertEquals(Role.PLAIN, invited.role());
    rig.flows.until("it is in the bridge", () -> rig.inBridge(room().bridgeId()).contains(invited.channelId()));

    rig.press(boss, "*73#");
    rig.flows.until("the participant is out and hung up", () -> room().members().size() == 2
        && rig.channelsNamed("Local/201@conf-phones").isEmpty());

    rig.press(boss, "*5202#");
    rig.hears(boss, "beeperr");
    assertEquals(2, room().members().size());
  }

  @Test
  void theEngineMutesKicksRecordsAddsAndEndsThroughItsOperations() {
    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().mute(ROOM, alice)));
    rig.flows.until("alice is muted", () -> member(alice).muted());
    assertInstanceOf(RoomAnswer.NoChange.class, Await.result(rig.control().mute(ROOM, alice)));
    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().unmute(ROOM, alice)));
    assertInstanceOf(RoomAnswer.NotFound.class, Await.result(rig.control().mute("team-9", alice)));

    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().startRecording(ROOM)));
    String recording = room().recording().orElseThrow();
    rig.flows.until("the simulator records the room", () -> rig.recordingLive(recording));
    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().stopRecording(ROOM)));
    rig.flows.until("the recording stopped", () -> !rig.recordingLive(recording));

    assertInstanceOf(RoomAnswer.Done.class,
        Await.result(rig.control().addParticipant(ROOM, "Local/201@conf-phones", Role.PLAIN, CallerId.NONE)));
    rig.flows.until("the participant joined", () -> room().members().size() == 3);

    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().kick(ROOM, alice, "the operator")));
    rig.hears(alice, "conf-kicked");
    rig.ended(alice, "join", "kicked");

    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().end(ROOM, "the meeting is over")));
    rig.ended(boss, "join", "room-ended");
    rig.nothingLeftBehind();
    assertTrue(rig.channelsNamed("Local/201@conf-phones").isEmpty(), "the dialled participant is hung up");
  }

  @Test
  void talkDetectionTellsWhoIsSpeaking() {
    Await.result(rig.flows.sim.callerTalks(alice, Duration.ofSeconds(3)));
    rig.flows.until("alice talks", () -> member(alice).talking());
    assertTrue(!member(boss).talking());
    rig.flows.until("alice is silent again", () -> !member(alice).talking());
  }

  @Test
  void theEngineHangsUpAnyCallItControlsWithACause() {
    assertEquals(true, Await.result(rig.flows.engine().engine().hangup(alice, "busy")));
    rig.flows.until("alice is out", () -> rig.member(ROOM, alice).isEmpty());
    assertEquals(false, Await.result(rig.flows.engine().engine().hangup("no-such-channel", "normal")));
  }

  private String join(String number, String pin) {
    String channel = rig.call("team", number);
    rig.hears(channel, "conf-getpin");
    rig.press(channel, pin + "#");
    return channel;
  }

  private boolean inRoom(String channel) {
    return rig.member(ROOM, channel).map(m -> m.state() == MemberState.IN_ROOM).orElse(false);
  }

  private MemberView member(String channel) {
    return rig.member(ROOM, channel).orElseThrow();
  }

  private RoomSnapshot room() {
    Optional<RoomSnapshot> room = rig.room(ROOM);
    return room.orElseThrow(() -> new AssertionError("room " + ROOM + " is not open"));
  }
}
