package io.ariflow.app.component;

import static io.ariflow.app.component.RoomView.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.room.MemberState;
import io.ariflow.flows.conference.room.RoomAnswer;
import io.ariflow.flows.conference.spec.Role;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ConfBridge options not exercised by the other conference tests on the simulated Asterisk: start muted,
 * join/leave announcements with the caller's recorded name and with tones, the member count to the joiner and to
 * everyone, "only person" and music when alone, a templated recording name, a room that opens locked, and
 * leadership per profile. What the bridge plays is heard by a {@link ConferenceEar}.
 */
class ConferenceOptionsOnSimulatorTest {

  private static final Pattern MOH = Pattern.compile("Announcer/ARI_MOH-[^,]*");

  @TempDir
  Path dir;
  private ConferenceRig rig;
  private ConferenceEar ear;

  @BeforeEach
  void start() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceOptionFiles.ROOMS, "flows.yaml", ConferenceOptionFiles.FLOWS);
    ear = new ConferenceEar(rig.flows.vertx, rig.flows.sim);
  }

  @AfterEach
  void stop() {
    try {
      new RoomView(rig, "hall").everyoneHangsUpAndNothingIsLeft();
    } finally {
      ear.close();
      rig.close();
    }
  }

  @Test
  void aMemberAloneHearsOnlyPersonThenMusicStartsMutedAndTheRoomIsRecordedUnderItsTemplate() {
    RoomView hall = new RoomView(rig, "hall");
    String alice = rig.call("hall", "201");
    rig.hears(alice, "vm-rec-name");
    rig.flows.until("alice is in", () -> hall.inRoom(alice));
    rig.hears(alice, "conf-onlyperson");
    rig.flows.until("the bridge plays music to alice alone", () -> moh(hall, alice).isPresent());
    assertTrue(hall.member(alice).muted(), "plain members start muted");

    String recording = hall.snapshot().recording().orElseThrow();
    assertTrue(recording.matches("conf-hall-\\d{8}-\\d{6}-1"), recording);
    rig.flows.until("the simulator records " + recording, () -> rig.recordingLive(recording));
    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().stopRecording("hall")));
    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().startRecording("hall")));
    String second = hall.snapshot().recording().orElseThrow();
    assertTrue(second.matches("conf-hall-\\d{8}-\\d{6}-2"), second);
    rig.flows.until("the first file is stored", () -> stored(recording));
  }

  @Test
  void joinsAndLeavesAreAnnouncedWithTheCallersRecordedNameAndTheJoinerHearsTheCount() {
    RoomView hall = new RoomView(rig, "hall");
    String alice = rig.call("hall", "201");
    rig.flows.until("alice is in", () -> hall.inRoom(alice));
    rig.flows.until("alice alone hears music", () -> moh(hall, alice).isPresent());
    String firstMusic = moh(hall, alice).orElseThrow();
    String bob = rig.call("hall", "202");
    rig.flows.until("bob is in", () -> hall.inRoom(bob));
    String bridge = hall.snapshot().bridgeId();

    rig.flows.until("the room hears bob's name and has-joined", () -> named(bridge, "sound:conf-hasjoin"));
    rig.hears(bob, "conf-onlyone");
    rig.hangUp(bob);
    rig.flows.until("the room hears bob's name and has-left", () -> named(bridge, "sound:conf-hasleft"));
    rig.flows.until("alice alone hears music again", () -> moh(hall, alice).filter(m -> !m.equals(firstMusic))
        .isPresent());
  }

  @Test
  void aParticipantDialledIntoARoomThatAnnouncesNamesJoinsWithoutBeingAskedItsNameAndIsAnnouncedWithATone() {
    RoomView hall = new RoomView(rig, "hall");
    String alice = rig.call("hall", "201");
    rig.flows.until("alice is in", () -> hall.inRoom(alice));

    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().addParticipant("hall",
        "Local/201@conf-phones", Role.PLAIN, CallerId.NONE)));
    rig.flows.until("the dialled participant is in the bridge", () -> hall.snapshot().members().size() == 2
        && hall.bridge().size() == 2);
    rig.flows.until("the room hears the join tone",
        () -> ear.heard(hall.snapshot().bridgeId()).contains("sound:confbridge-join"));
  }

  @Test
  void aRoomThatOpensLockedAdmitsAnAdminAndAnnouncesTonesAndTheCountToEveryone() {
    RoomView lobby = new RoomView(rig, "lobby");
    String boss = lobby.joinInRoom("lobby", "100", "9999");
    assertTrue(lobby.snapshot().locked(), "the room opened locked");
    String alice = lobby.join("lobby", "201", "1234");
    rig.ended(alice, "join", "locked");

    assertInstanceOf(RoomAnswer.Done.class, Await.result(rig.control().unlock("lobby")));
    String bob = lobby.joinInRoom("lobby", "202", "1234");
    String bridge = lobby.snapshot().bridgeId();
    rig.flows.until("everyone hears the tone and that there is one other",
        () -> ear.heard(bridge).containsAll(List.of("sound:confbridge-join", "sound:conf-onlyone")));
    String carol = lobby.joinInRoom("lobby", "203", "1234");
    rig.flows.until("everyone hears there are two others", () -> Collections.indexOfSubList(ear.heard(bridge),
        List.of("sound:conf-thereare", "number:2", "sound:conf-otherinparty")) >= 0);
    rig.hangUp(carol);
    rig.flows.until("everyone hears the leave tone", () -> ear.heard(bridge).contains("sound:confbridge-leave"));
    assertEquals(sorted(boss, bob), lobby.bridge());
  }

  @Test
  void membersWaitForTheMarkedOneAndWhenItLeavesAnEndMarkedAdminGoesAndTheOthersWaitAgain() {
    RoomView room = new RoomView(rig, "class");
    String alice = room.join("class", "201", "1234");
    rig.flows.until("alice waits", () -> room.state(alice).equals(Optional.of(MemberState.WAITING)));
    String admin = room.joinInRoom("class", "150", "5555");
    String lead = room.joinInRoom("class", "100", "9999");
    rig.hears(alice, "confbridge-conf-begin");
    rig.flows.until("all three share the bridge", () -> room.bridge().equals(sorted(alice, admin, lead)));

    rig.hangUp(lead);
    rig.hears(admin, "conf-leaderhasleft");
    rig.ended(admin, "join", "room-ended");
    rig.flows.until("alice waits again, out of the bridge",
        () -> room.state(alice).equals(Optional.of(MemberState.WAITING)) && !room.bridge().contains(alice));
    assertEquals(2, rig.heard(alice).stream().filter("sound:conf-waitforleader"::equals).count());
    assertFalse(room.snapshot().members().isEmpty(), "the room goes on without its leader");
  }

  private Optional<String> moh(RoomView room, String channel) {
    Matcher music = MOH.matcher(room.variable(channel, "BRIDGEPEER").orElse(""));
    return music.find() ? Optional.of(music.group()) : Optional.empty();
  }

  private boolean named(String bridge, String announcement) {
    List<String> heard = ear.heard(bridge);
    int at = heard.indexOf(announcement);
    return at > 0 && heard.get(at - 1).startsWith("recording:conf-name-");
  }

  private boolean stored(String name) {
    return Await.result(rig.flows.sim.onLoop(core -> {
      try {
        core.recordings().getStored(name);
        return true;
      } catch (RuntimeException missing) {
        return false;
      }
    }));
  }
}
