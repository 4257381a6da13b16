package io.ariflow.app.component;

import static io.ariflow.app.component.RoomView.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.room.MemberView;
import io.ariflow.flows.conference.spec.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-call service codes an admin dials inside a room on the simulated Asterisk, each with its argument (a
 * caller number, else a seat): add a participant by dialling out, mute, unmute and kick; plus what a member's menu
 * does with digits it does not know. The admin hears {@code beep} when done, {@code conf-errormenu} otherwise.
 */
class ConferenceServiceCodesOnSimulatorTest {

  private static final String EXTEN = "menus";

  @TempDir
  Path dir;
  private ConferenceRig rig;
  private RoomView room;
  private String boss;
  private String alice;
  private String bob;

  @BeforeEach
  void startWithALeaderAndTwoMembers() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceMenuFiles.ROOMS, "flows.yaml", ConferenceMenuFiles.FLOWS);
    room = new RoomView(rig, ConferenceMenuFiles.ROOM);
    boss = room.joinInRoom(EXTEN, "100", "9999");
    alice = room.joinInRoom(EXTEN, "201", "1234");
    bob = room.joinInRoom(EXTEN, "202", "1234");
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
  void muteAndUnmuteAParticipantByCallerNumberOrSeatWhichTheMemberCannotUndo() {
    rig.press(boss, "#6201#");
    rig.flows.until("alice is muted", () -> room.member(alice).muted());
    rig.hears(boss, "beep");
    assertFalse(room.member(bob).muted());

    rig.press(alice, "*1");
    rig.hears(alice, "conf-muted");
    assertTrue(room.member(alice).muted(), "a member's own toggle does not lift a moderator's mute");

    rig.press(boss, "#72#");
    rig.flows.until("alice (seat 2) is unmuted", () -> !room.member(alice).muted());
    rig.press(boss, "#63#");
    rig.flows.until("bob (seat 3) is muted", () -> room.member(bob).muted());
    rig.press(boss, "#7202#");
    rig.flows.until("bob is unmuted", () -> !room.member(bob).muted());

    rig.press(boss, "#6999#");
    rig.hears(boss, "conf-errormenu");
    assertTrue(room.snapshot().members().stream().noneMatch(MemberView::muted));
  }

  @Test
  void kickAParticipantByCallerNumberButNeitherAStrangerNorOneself() {
    rig.press(boss, "#8202#");
    rig.hears(bob, "conf-kicked");
    rig.ended(bob, "join", "kicked");
    rig.flows.until("bob is out of the bridge", () -> room.bridge().equals(sorted(boss, alice)));

    rig.press(boss, "#8999#");
    rig.hears(boss, "conf-errormenu");
    rig.press(boss, "#8100#");
    rig.flows.until("the admin heard two errors", () -> count(boss, "sound:conf-errormenu") == 2);
    assertEquals(sorted(boss, alice), room.bridge());
  }

  @Test
  void addAParticipantWhoAnswersThenMuteAndKickItBySeatAndHearAFailedDialOut() {
    rig.press(boss, "#5201#");
    rig.flows.until("the dialled participant joined", () -> room.snapshot().members().size() == 4);
    MemberView invited = room.snapshot().members().stream().filter(MemberView::invited).findFirst().orElseThrow();
    assertEquals(Role.PLAIN, invited.role());
    assertEquals(4, invited.seat());
    rig.flows.until("it is in the bridge", () -> room.bridge().contains(invited.channelId()));
    rig.hears(boss, "beep");

    rig.press(boss, "#64#");
    rig.flows.until("the participant is muted", () -> room.member(invited.channelId()).muted());
    rig.press(boss, "#84#");
    rig.flows.until("the participant is out and hung up", () -> room.snapshot().members().size() == 3
        && rig.channelsNamed("Local/201@conf-phones").isEmpty());

    rig.press(boss, "#5203#");
    rig.hears(boss, "beeperr");
    assertEquals(3, room.snapshot().members().size());
    assertTrue(rig.channelsNamed("Local/203@conf-phones").isEmpty(), "the unanswered dial-out is hung up");
  }

  @Test
  void aParticipantWhoAnswersWhenTheRoomIsFullIsHungUpAndTheAdminHearsTheDialOutFail() {
    rig.press(boss, "#5201#");
    rig.flows.until("the first participant joined", () -> room.snapshot().members().size() == 4);
    rig.hears(boss, "beep");

    rig.press(boss, "#5201#");
    rig.hears(boss, "beeperr");
    rig.flows.until("only the first participant is on the line",
        () -> rig.channelsNamed("Local/201@conf-phones").stream()
            .filter(channel -> channel.getString("name").endsWith(";1")).count() == 1);
    assertEquals(4, room.snapshot().members().size());
  }

  @Test
  void aMembersMenuRefusesAnAdminCodeDigitByDigitAndDropsAnUnfinishedSequenceAfterTheTimeout() {
    rig.press(alice, "#6100#");
    rig.flows.until("each of the six digits matched nothing",
        () -> count(alice, "sound:conf-errormenu") == 6);
    assertFalse(room.member(boss).muted(), "a member cannot use an admin's service code");

    rig.press(alice, "*");
    rig.flows.until("the unfinished * timed out", () -> count(alice, "sound:conf-errormenu") == 7);
    rig.press(alice, "*1");
    rig.flows.until("the menu started over", () -> room.member(alice).muted());
    assertEquals(3, room.snapshot().members().size());
  }

  private int count(String channel, String media) {
    return (int) rig.heard(channel).stream().filter(media::equals).count();
  }
}
