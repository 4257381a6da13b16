package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.conference.command.VolumeDirection;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.DialOutPlan;
import io.ariflow.flows.conference.spec.DtmfMenu;
import io.ariflow.flows.conference.spec.MenuAction;
import io.ariflow.flows.conference.spec.MenuEntry;
import io.ariflow.flows.conference.spec.RecordingPlan;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.UserProfile;
import io.ariflow.flows.state.TransitionCoverage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every DTMF menu action and every service code, pressed digit by digit. */
class MenuTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(MuteTable.TABLE, LockTable.TABLE);

  private static final DtmfMenu USER = DtmfMenu.of("user",
      new MenuEntry("*1", MenuAction.TOGGLE_MUTE),
      new MenuEntry("*4", MenuAction.LISTEN_VOLUME_DOWN),
      new MenuEntry("*6", MenuAction.LISTEN_VOLUME_UP),
      new MenuEntry("*7", MenuAction.TALK_VOLUME_DOWN),
      new MenuEntry("*9", MenuAction.TALK_VOLUME_UP),
      new MenuEntry("*8", MenuAction.LEAVE),
      new MenuEntry("*0", MenuAction.PARTICIPANT_COUNT),
      new MenuEntry("#2", MenuAction.TOGGLE_LOCK));

  private static final DtmfMenu ADMIN = DtmfMenu.of("admin",
      new MenuEntry("*1", MenuAction.TOGGLE_MUTE),
      new MenuEntry("*2", MenuAction.TOGGLE_LOCK),
      new MenuEntry("*3", MenuAction.KICK_LAST),
      new MenuEntry("*0", MenuAction.PARTICIPANT_COUNT),
      new MenuEntry("#1", MenuAction.LOCK),
      new MenuEntry("#2", MenuAction.UNLOCK),
      new MenuEntry("#3", MenuAction.TOGGLE_MUTE_PARTICIPANTS),
      new MenuEntry("#4", MenuAction.TOGGLE_RECORD),
      new MenuEntry("*5", MenuAction.ADD_PARTICIPANT),
      new MenuEntry("*6", MenuAction.MUTE_PARTICIPANT),
      new MenuEntry("*7", MenuAction.UNMUTE_PARTICIPANT),
      new MenuEntry("*8", MenuAction.KICK_PARTICIPANT));

  private static RoomDriver room(BridgeProfile.Builder bridge) {
    Map<Role, UserProfile> users = Map.of(
        Role.ADMIN, UserProfile.builder(Role.ADMIN).menu("admin").build(),
        Role.MARKED, UserProfile.builder(Role.MARKED).build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).menu("user").build());
    return new RoomDriver(RoomDriver.template(bridge.build(), users, USER, ADMIN), COVERAGE);
  }

  private static RoomDriver room() {
    RoomDriver room = room(BridgeProfile.builder()
        .dialOut(new DialOutPlan("PJSIP/{digits}", Duration.ofSeconds(20), new CallerId("Team", "500")))
        .recording(RecordingPlan.onDemand()));
    room.join("a1", Role.ADMIN);
    room.join("c1", Role.PLAIN);
    room.join("c2", Role.PLAIN);
    return room;
  }

  private static RoomDecision last(List<RoomDecision> decisions) {
    return decisions.get(decisions.size() - 1);
  }

  private static List<List<String>> heard(RoomDriver room, String channel, String digits) {
    return RoomDriver.playsTo(last(room.press(channel, digits)), channel);
  }

  @Test
  void toggle_mute_mutes_then_unmutes_the_member_with_a_prompt() {
    RoomDriver room = room();
    RoomDecision mute = last(room.press("c1", "*1"));
    assertEquals(List.of(new Command.Mute("c1")), mute.commands(Command.Mute.class));
    assertEquals(List.of(List.of("sound:conf-muted")), RoomDriver.playsTo(mute, "c1"));
    assertTrue(room.view("c1").muted());
    RoomDecision unmute = last(room.press("c1", "*1"));
    assertEquals(List.of(new Command.Unmute("c1")), unmute.commands(Command.Unmute.class));
    assertEquals(List.of(List.of("sound:conf-unmuted")), RoomDriver.playsTo(unmute, "c1"));
  }

  @Test
  void a_member_muted_by_a_moderator_cannot_unmute_itself() {
    RoomDriver room = room();
    room.send(new RoomOperation.MuteMember("c1"));
    RoomDecision attempt = last(room.press("c1", "*1"));
    assertTrue(attempt.commands(Command.Unmute.class).isEmpty());
    assertEquals(List.of(List.of("sound:conf-muted")), RoomDriver.playsTo(attempt, "c1"));
    assertTrue(room.view("c1").muted());
  }

  @Test
  void volumes_move_one_step_per_press_and_stop_at_the_limit() {
    RoomDriver room = room();
    assertEquals(List.of(new Command.SetVolume("c1", VolumeDirection.TALK, 1)),
        last(room.press("c1", "*9")).commands(Command.SetVolume.class));
    assertEquals(List.of(new Command.SetVolume("c1", VolumeDirection.TALK, 0)),
        last(room.press("c1", "*7")).commands(Command.SetVolume.class));
    assertEquals(List.of(new Command.SetVolume("c1", VolumeDirection.LISTEN, -1)),
        last(room.press("c1", "*4")).commands(Command.SetVolume.class));
    assertEquals(List.of(new Command.SetVolume("c1", VolumeDirection.LISTEN, 0)),
        last(room.press("c1", "*6")).commands(Command.SetVolume.class));
    room.press("c1", "*6*6*6*6");
    RoomDecision beyond = last(room.press("c1", "*6"));
    assertTrue(beyond.commands(Command.SetVolume.class).isEmpty());
    assertEquals(List.of(List.of("sound:conf-errormenu")), RoomDriver.playsTo(beyond, "c1"));
  }

  @Test
  void participant_count_tells_how_many_others_are_in_the_room() {
    RoomDriver room = room();
    assertEquals(List.of(List.of("sound:conf-thereare", "number:2", "sound:conf-otherinparty")),
        heard(room, "c1", "*0"));
  }

  @Test
  void leave_takes_the_member_out_with_the_left_outcome() {
    RoomDriver room = room();
    RoomDecision leave = last(room.press("c2", "*8"));
    assertEquals(List.of(new Command.RemoveFromBridge("bridge-1", "c2")),
        leave.commands(Command.RemoveFromBridge.class));
    assertEquals(MemberOutcome.LEFT, leave.notices(RoomNotice.MemberReleased.class).get(0).outcome());
  }

  @Test
  void kick_last_removes_the_most_recent_participant_but_never_an_admin() {
    RoomDriver room = room();
    room.join("a2", Role.ADMIN);
    RoomDecision kick = last(room.press("a1", "*3"));
    assertEquals(List.of(new RoomNotice.MemberReleased("c2", MemberOutcome.KICKED, "kicked by admin a1",
        List.of("sound:conf-kicked"))), kick.notices());
    assertEquals(List.of(List.of("sound:beep")), RoomDriver.playsTo(kick, "a1"));
    room.press("a1", "*3");
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "a1", "*3"));
  }

  @Test
  void toggle_lock_locks_and_unlocks_with_prompts() {
    RoomDriver room = room();
    assertEquals(List.of(List.of("sound:conf-lockednow")), heard(room, "a1", "*2"));
    assertTrue(room.room.snapshot().locked());
    assertEquals(List.of(List.of("sound:conf-unlockednow")), heard(room, "a1", "*2"));
    assertFalse(room.room.snapshot().locked());
  }

  @Test
  void lock_and_unlock_codes_set_the_lock_whatever_it_was() {
    RoomDriver room = room();
    assertEquals(List.of(List.of("sound:conf-lockednow")), heard(room, "a1", "#1"));
    assertEquals(List.of(List.of("sound:conf-lockednow")), heard(room, "a1", "#1"));
    assertEquals(List.of(List.of("sound:conf-unlockednow")), heard(room, "a1", "#2"));
    assertFalse(room.room.snapshot().locked());
  }

  @Test
  void mute_participants_mutes_every_non_admin_and_the_same_code_unmutes_them() {
    RoomDriver room = room();
    RoomDecision mute = last(room.press("a1", "#3"));
    assertEquals(List.of(new Command.Mute("c1"), new Command.Mute("c2")), mute.commands(Command.Mute.class));
    assertEquals(List.of(List.of("sound:conf-now-muted")), RoomDriver.playsTo(mute, "a1"));
    assertTrue(room.room.snapshot().participantsMuted());
    RoomDecision unmute = last(room.press("a1", "#3"));
    assertEquals(List.of(new Command.Unmute("c1"), new Command.Unmute("c2")), unmute.commands(Command.Unmute.class));
    assertEquals(List.of(List.of("sound:conf-now-unmuted")), RoomDriver.playsTo(unmute, "a1"));
  }

  @Test
  void toggle_record_starts_the_recording_for_everyone_to_hear_and_stops_it() {
    RoomDriver room = room();
    RoomDecision start = last(room.press("a1", "#4"));
    assertEquals(List.of(new Command.StartRecording("bridge-1", "conf-team-1-20261122-090000-1", "wav")),
        start.commands(Command.StartRecording.class));
    assertEquals(List.of(List.of("sound:conf-now-recording")), RoomDriver.playsTo(start, "bridge-1"));
    RoomDecision stop = last(room.press("a1", "#4"));
    assertEquals(List.of(new Command.StopRecording("conf-team-1-20261122-090000-1")),
        stop.commands(Command.StopRecording.class));
  }

  @Test
  void toggle_record_in_a_room_without_recording_plays_the_error_prompt() {
    RoomDriver room = room(BridgeProfile.builder());
    room.join("a1", Role.ADMIN);
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "a1", "#4"));
  }

  @Test
  void the_add_participant_code_dials_the_digits_and_the_answered_participant_joins() {
    RoomDriver room = room();
    List<RoomDecision> pressed = room.press("a1", "*5201#");
    assertEquals(List.of(new Command.ArmTimer(TimerKey.of("digits", "a1"), Duration.ofSeconds(3))),
        pressed.get(3).commands());
    RoomDecision dial = last(pressed);
    assertEquals(List.of(new Command.Dial("channel-1", "PJSIP/201", new CallerId("Team", "500"),
        Duration.ofSeconds(20), "conference:team-1")), dial.commands(Command.Dial.class));
    assertEquals(List.of(List.of("sound:beep")), RoomDriver.playsTo(dial, "a1"));
    assertTrue(room.room.hasChannel("channel-1"));
    room.join("channel-1", Role.ADMIN);
    assertEquals(Role.PLAIN, room.view("channel-1").role());
  }

  @Test
  void a_member_leaving_with_the_menu_gets_its_channel_back_unmuted_at_its_normal_volumes() {
    RoomDriver room = room();
    room.press("c1", "*9");
    room.press("c1", "*4");
    room.press("c1", "*1");

    RoomDecision left = last(room.press("c1", "*8"));

    assertEquals(List.of(new Command.Unmute("c1")), left.commands(Command.Unmute.class));
    assertEquals(List.of(new Command.SetVolume("c1", VolumeDirection.TALK, 0),
        new Command.SetVolume("c1", VolumeDirection.LISTEN, 0)), left.commands(Command.SetVolume.class));
    assertTrue(room.ledger.muted.isEmpty(), room.ledger.toString());
  }

  @Test
  void a_participant_that_answers_when_the_room_is_full_is_hung_up_and_reported_to_the_admin() {
    RoomDriver room = room(BridgeProfile.builder().maxMembers(2)
        .dialOut(new DialOutPlan("PJSIP/{digits}", Duration.ofSeconds(20), CallerId.NONE)));
    room.join("a1", Role.ADMIN);
    room.join("c1", Role.PLAIN);
    room.press("a1", "*5201#");
    room.join("c2", Role.PLAIN);

    RoomDecision refused = room.request("channel-1", Optional.empty(), Optional.empty());

    assertInstanceOf(RoomAnswer.Refused.class, refused.answer());
    assertEquals(List.of(new Command.HangUp("channel-1", "normal")), refused.commands(Command.HangUp.class));
    assertEquals(List.of(List.of("sound:beeperr")), RoomDriver.playsTo(refused, "a1"));
    assertFalse(room.room.hasChannel("channel-1"));
  }

  @Test
  void a_participant_that_does_not_answer_is_reported_to_the_admin() {
    RoomDriver room = room();
    room.press("a1", "*5202#");
    RoomDecision failed = room.send(new RoomMessage.DialOutFailed("channel-1", "busy"));
    assertEquals(List.of(List.of("sound:beeperr")), RoomDriver.playsTo(failed, "a1"));
    assertFalse(room.room.hasChannel("channel-1"));
    assertInstanceOf(RoomAnswer.Ignored.class, room.send(new RoomMessage.DialOutFailed("channel-1", "busy"))
        .answer());
  }

  @Test
  void the_mute_and_unmute_codes_find_the_participant_by_number_or_by_seat() {
    RoomDriver room = room();
    RoomDecision byNumber = last(room.press("a1", "*6201#"));
    assertEquals(List.of(new Command.Mute("c1")), byNumber.commands(Command.Mute.class));
    RoomDecision bySeat = last(room.press("a1", "*63#"));
    assertEquals(List.of(new Command.Mute("c2")), bySeat.commands(Command.Mute.class));
    RoomDecision unmute = last(room.press("a1", "*7201#"));
    assertEquals(List.of(new Command.Unmute("c1")), unmute.commands(Command.Unmute.class));
    assertEquals(List.of(List.of("sound:beep")), RoomDriver.playsTo(unmute, "a1"));
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "a1", "*6999#"));
  }

  @Test
  void the_kick_code_kicks_the_participant_but_not_the_admin_itself() {
    RoomDriver room = room();
    RoomDecision kick = last(room.press("a1", "*8202#"));
    assertEquals(MemberOutcome.KICKED, kick.notices(RoomNotice.MemberReleased.class).get(0).outcome());
    assertEquals("c2", kick.notices(RoomNotice.MemberReleased.class).get(0).channelId());
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "a1", "*8101#"));
  }

  @Test
  void an_unknown_sequence_plays_the_error_prompt_and_starts_over() {
    RoomDriver room = room();
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "c1", "*5"));
    assertEquals(List.of(new Command.Mute("c1")), last(room.press("c1", "*1")).commands(Command.Mute.class));
  }

  @Test
  void a_service_code_argument_must_be_digits() {
    RoomDriver room = room();
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "a1", "*52*"));
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "a1", "*5#"));
  }

  @Test
  void a_partial_sequence_is_dropped_when_the_digit_timer_fires() {
    RoomDriver room = room();
    room.press("c1", "*");
    RoomDecision timeout = room.fire(TimerKey.of("digits", "c1"));
    assertEquals(List.of(List.of("sound:conf-errormenu")), RoomDriver.playsTo(timeout, "c1"));
    assertEquals(List.of(new Command.SetVolume("c1", VolumeDirection.TALK, 1)),
        last(room.press("c1", "*9")).commands(Command.SetVolume.class));
    assertInstanceOf(RoomAnswer.Ignored.class, room.fire(TimerKey.of("digits", "c1")).answer());
  }

  @Test
  void an_admin_action_in_a_non_admin_menu_plays_the_error_prompt() {
    RoomDriver room = room();
    assertEquals(List.of(List.of("sound:conf-errormenu")), heard(room, "c1", "#2"));
    assertFalse(room.room.snapshot().locked());
  }

  @Test
  void digits_from_members_without_a_menu_or_from_strangers_are_ignored() {
    RoomDriver room = room();
    room.join("m1", Role.MARKED);
    assertInstanceOf(RoomAnswer.Ignored.class, room.press("m1", "*").get(0).answer());
    assertInstanceOf(RoomAnswer.Ignored.class, room.press("x9", "*").get(0).answer());
  }
}
