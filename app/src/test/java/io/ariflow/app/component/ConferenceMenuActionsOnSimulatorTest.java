package io.ariflow.app.component;

import static io.ariflow.app.component.RoomView.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every DTMF menu action that takes no argument, pressed by members and admins on the simulated Asterisk, with its
 * effect where Asterisk sees it: volumes as the channel's VOLUME variables, mutes in the room, kicks and locks in
 * the simulator's bridge and the callers' runs, and the prompts each caller hears. Service codes are in
 * {@link ConferenceServiceCodesOnSimulatorTest}.
 */
class ConferenceMenuActionsOnSimulatorTest {

  private static final String EXTEN = "menus";

  @TempDir
  Path dir;
  private ConferenceRig rig;
  private RoomView room;
  private String boss;

  @BeforeEach
  void startWithTheLeader() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceMenuFiles.ROOMS, "flows.yaml", ConferenceMenuFiles.FLOWS);
    room = new RoomView(rig, ConferenceMenuFiles.ROOM);
    boss = room.joinInRoom(EXTEN, "100", "9999");
  }

  @AfterEach
  void stop() {
    try {
      room.everyoneHangsUpAndNothingIsLeft();
    } finally {
      rig.close();
    }
  }

  @Test
  void talkAndListenVolumesStepUpAndDownOnTheMembersOwnChannelAndStopAtTheLimit() {
    String alice = room.joinInRoom(EXTEN, "201", "1234");

    rig.press(alice, "*9");
    rig.flows.until("alice talks louder", () -> volume(alice, "RX").equals("1"));
    rig.press(alice, "*9");
    rig.flows.until("alice talks louder still", () -> volume(alice, "RX").equals("2"));
    rig.press(alice, "*7");
    rig.flows.until("alice talks softer", () -> volume(alice, "RX").equals("1"));
    rig.press(alice, "*6");
    rig.flows.until("alice hears the room louder", () -> volume(alice, "TX").equals("1"));
    rig.press(alice, "*4");
    rig.press(alice, "*4");
    rig.flows.until("alice hears the room softer", () -> volume(alice, "TX").equals("-1"));
    assertEquals("1", volume(alice, "RX"), "the listen keys leave the talk volume alone");

    for (int press = 0; press < 3; press++) {
      rig.press(alice, "*9");
    }
    rig.flows.until("alice reached the loudest talk volume", () -> volume(alice, "RX").equals("4"));
    rig.press(alice, "*9");
    rig.hears(alice, "conf-errormenu");
    assertEquals("4", volume(alice, "RX"));

    rig.press(boss, "*9");
    rig.flows.until("the admin's menu turns the admin's own volume", () -> volume(boss, "RX").equals("1"));
    assertEquals("", volume(boss, "TX"));
    assertEquals(2, room.snapshot().members().size());
  }

  @Test
  void aMemberWhoLeavesGoesBackToItsFlowAtItsNormalVolumes() {
    String alice = room.joinInRoom(EXTEN, "201", "1234");
    rig.press(alice, "*9");
    rig.press(alice, "*4");
    rig.flows.until("alice changed both volumes", () -> volume(alice, "RX").equals("1")
        && volume(alice, "TX").equals("-1"));

    rig.press(alice, "*8");
    rig.hears(alice, "vm-goodbye");
    assertEquals("0", volume(alice, "RX"), "the room's talk volume does not outlive it");
    assertEquals("0", volume(alice, "TX"), "nor its listen volume");
  }

  @Test
  void participantCountSaysHowManyOthersAreInTheRoom() {
    rig.press(boss, "*0");
    rig.hears(boss, "conf-onlyperson");

    String alice = room.joinInRoom(EXTEN, "201", "1234");
    rig.press(alice, "*0");
    rig.hears(alice, "conf-onlyone");

    String bob = room.joinInRoom(EXTEN, "202", "1234");
    rig.press(bob, "*0");
    rig.hears(bob, "conf-otherinparty");
    List<String> heard = distinctInARow(rig.heard(bob));
    assertTrue(Collections.indexOfSubList(heard, List.of("sound:conf-thereare", "number:2",
        "sound:conf-otherinparty")) >= 0, "bob heard " + heard);
  }

  @Test
  void kickLastTakesOutTheLatestNonAdminOneAtATimeAndNeverAnAdmin() {
    String deputy = room.joinInRoom(EXTEN, "102", "9999");
    String alice = room.joinInRoom(EXTEN, "201", "1234");
    String bob = room.joinInRoom(EXTEN, "202", "1234");

    rig.press(boss, "*3");
    rig.hears(bob, "conf-kicked");
    rig.ended(bob, "join", "kicked");
    rig.flows.until("bob is out of the bridge", () -> room.bridge().equals(sorted(boss, deputy, alice)));
    rig.hears(boss, "beep");

    rig.press(boss, "*3");
    rig.ended(alice, "join", "kicked");
    rig.flows.until("alice is out of the bridge", () -> room.bridge().equals(sorted(boss, deputy)));

    rig.press(boss, "*3");
    rig.hears(boss, "conf-errormenu");
    assertEquals(sorted(boss, deputy), room.bridge());

    rig.hangUp(deputy);
    rig.hangUp(boss);
    rig.nothingLeftBehind();
  }

  @Test
  void lockAndUnlockKeepNewMembersOutButLetAdminsInAndToggleLockFlipsIt() {
    rig.press(boss, "#1");
    rig.flows.until("the room is locked", () -> room.snapshot().locked());
    rig.hears(boss, "conf-lockednow");

    String carol = room.join(EXTEN, "203", "1234");
    rig.hears(carol, "conf-locked");
    rig.ended(carol, "join", "locked");
    String deputy = room.joinInRoom(EXTEN, "102", "9999");

    rig.press(boss, "#2");
    rig.flows.until("the room is unlocked", () -> !room.snapshot().locked());
    rig.hears(boss, "conf-unlockednow");
    String dave = room.joinInRoom(EXTEN, "204", "1234");
    assertEquals(sorted(boss, deputy, dave), room.bridge());

    rig.press(deputy, "*2");
    rig.flows.until("the deputy's toggle locks", () -> room.snapshot().locked());
    rig.hears(deputy, "conf-lockednow");
    rig.press(deputy, "*2");
    rig.flows.until("the deputy's toggle unlocks", () -> !room.snapshot().locked());
    rig.hears(deputy, "conf-unlockednow");
  }

  @Test
  void muteAllMutesEveryNonAdminIncludingNewcomersUntilPressedAgain() {
    String alice = room.joinInRoom(EXTEN, "201", "1234");
    String bob = room.joinInRoom(EXTEN, "202", "1234");

    rig.press(boss, "#3");
    rig.flows.until("alice and bob are muted", () -> room.member(alice).muted() && room.member(bob).muted());
    rig.hears(boss, "conf-now-muted");
    assertFalse(room.member(boss).muted(), "the admin keeps talking");
    String carol = room.joinInRoom(EXTEN, "203", "1234");
    assertTrue(room.member(carol).muted(), "a newcomer enters muted while participants are muted");

    rig.press(boss, "#3");
    rig.flows.until("everyone is unmuted",
        () -> Optional.of(room.snapshot()).map(s -> s.members().stream().noneMatch(m -> m.muted())).orElse(false));
    rig.hears(boss, "conf-now-unmuted");
  }

  @Test
  void anAdminMutesItselfRecordsTheRoomAndEveryoneLeavesWithTheMenu() {
    ConferenceEar ear = new ConferenceEar(rig.flows.vertx, rig.flows.sim);
    String alice = room.joinInRoom(EXTEN, "201", "1234");

    rig.press(boss, "*1");
    rig.flows.until("the boss is muted", () -> room.member(boss).muted());
    rig.hears(boss, "conf-muted");
    rig.press(boss, "*1");
    rig.flows.until("the boss is unmuted", () -> !room.member(boss).muted());
    rig.hears(boss, "conf-unmuted");

    String bridge = room.snapshot().bridgeId();
    rig.press(boss, "#4");
    rig.flows.until("the room hears that it is recorded", () -> ear.heard(bridge).contains("sound:conf-now-recording"));
    String recording = room.snapshot().recording().orElseThrow();
    assertEquals("menus-menus-1-1", recording);
    rig.flows.until("the simulator records the room", () -> rig.recordingLive(recording));
    rig.press(boss, "#4");
    rig.flows.until("the recording stopped", () -> !rig.recordingLive(recording));
    rig.hears(boss, "beep");

    rig.press(alice, "*8");
    rig.ended(alice, "join", "left");
    rig.press(boss, "*8");
    rig.ended(boss, "join", "left");
    rig.nothingLeftBehind();
    ear.close();
  }

  /** The rig lists a multi-media playback's items once when started and once when continuing past them. */
  private static List<String> distinctInARow(List<String> media) {
    List<String> distinct = new ArrayList<>();
    for (String item : media) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(item)) {
        distinct.add(item);
      }
    }
    return distinct;
  }

  private String volume(String channel, String direction) {
    return room.variable(channel, "VOLUME(" + direction + ")").orElse("");
  }
}
