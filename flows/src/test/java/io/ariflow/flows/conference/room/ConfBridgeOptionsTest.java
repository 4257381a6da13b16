package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.CountAnnouncement;
import io.ariflow.flows.conference.spec.JoinLeaveAnnouncement;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.Prompts;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.TalkDetection;
import io.ariflow.flows.conference.spec.UserProfile;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ConfBridge's bridge and user options, one by one, as the commands they cause. */
class ConfBridgeOptionsTest {

  private static RoomDriver room(BridgeProfile.Builder bridge, Map<Role, UserProfile> users) {
    return new RoomDriver(RoomDriver.template(bridge.build(), users), TransitionObserver.NONE);
  }

  private static RoomDriver room(BridgeProfile.Builder bridge) {
    return room(bridge, RoomDriver.users(Role.ADMIN, Role.PLAIN));
  }

  @Test
  void the_first_member_hears_it_is_the_only_person_and_then_music_when_alone() {
    RoomDriver room = room(BridgeProfile.builder().mohWhenAlone(true));
    RoomDecision first = room.join("c1", Role.PLAIN);
    assertEquals(List.of(List.of("sound:conf-onlyperson")), RoomDriver.playsTo(first, "c1"));
    assertTrue(first.commands(Command.StartMoh.class).isEmpty(), "music waits for the prompt to end");
    room.finishPlaybacks();
    assertEquals(List.of(new Command.StartMoh(Target.bridge("bridge-1"), "default")),
        room.decisions.get(1).commands(Command.StartMoh.class));
    RoomDecision second = room.join("c2", Role.PLAIN);
    assertEquals(List.of(new Command.StopMoh(Target.bridge("bridge-1"))), second.commands(Command.StopMoh.class));
  }

  @Test
  void without_the_only_person_prompt_music_starts_at_once_and_the_prompt_can_be_switched_off() {
    RoomDriver room = room(BridgeProfile.builder().onlyPersonPrompt(false).mohWhenAlone(true).mohClass("jazz"));
    RoomDecision first = room.join("c1", Role.PLAIN);
    assertTrue(first.commands(Command.Play.class).isEmpty());
    assertEquals(List.of(new Command.StartMoh(Target.bridge("bridge-1"), "jazz")),
        first.commands(Command.StartMoh.class));
  }

  @Test
  void a_second_member_arriving_during_the_only_person_prompt_means_no_music_afterwards() {
    RoomDriver room = room(BridgeProfile.builder().mohWhenAlone(true));
    room.join("c1", Role.PLAIN);
    room.join("c2", Role.PLAIN);
    room.finishPlaybacks();
    assertTrue(room.ledger.moh.isEmpty(), room.ledger.moh.toString());
  }

  @Test
  void joins_and_leaves_are_announced_with_a_tone_to_the_others() {
    RoomDriver room = room(BridgeProfile.builder().joinLeave(JoinLeaveAnnouncement.TONE));
    RoomDecision first = room.join("c1", Role.PLAIN);
    assertTrue(RoomDriver.playsTo(first, "bridge-1").isEmpty(), "nobody to tell");
    RoomDecision second = room.join("c2", Role.PLAIN);
    assertEquals(List.of(List.of("sound:confbridge-join")), RoomDriver.playsTo(second, "bridge-1"));
    int play = second.commands().indexOf(second.commands(Command.Play.class).get(0));
    int add = second.commands().indexOf(new Command.AddToBridge("bridge-1", "c2"));
    assertTrue(play < add, "announced before the joiner is in the bridge");
    RoomDecision leave = room.hangUp("c2");
    assertEquals(List.of(List.of("sound:confbridge-leave")), RoomDriver.playsTo(leave, "bridge-1"));
  }

  @Test
  void joins_and_leaves_are_announced_with_the_recorded_name() {
    RoomDriver room = room(BridgeProfile.builder().joinLeave(JoinLeaveAnnouncement.NAME));
    room.send(new RoomMessage.JoinRequest("c1", Optional.of(Role.PLAIN), new Caller("Ann", "201"), Optional.empty(),
        Optional.of("recording:ann")));
    room.send(new RoomMessage.JoinRequest("c2", Optional.of(Role.PLAIN), new Caller("Bob", "202"), Optional.empty(),
        Optional.of("recording:bob")));
    RoomDecision leave = room.hangUp("c1");
    assertEquals(List.of(List.of("recording:bob", "sound:conf-hasjoin")),
        RoomDriver.playsTo(room.decisions.get(1), "bridge-1"));
    assertEquals(List.of(List.of("recording:ann", "sound:conf-hasleft")), RoomDriver.playsTo(leave, "bridge-1"));
  }

  @Test
  void quiet_members_come_and_go_unannounced() {
    RoomDriver room = room(BridgeProfile.builder().joinLeave(JoinLeaveAnnouncement.TONE), Map.of(
        Role.ADMIN, UserProfile.builder(Role.ADMIN).quiet(true).build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).build()));
    room.join("c1", Role.PLAIN);
    RoomDecision admin = room.join("a1", Role.ADMIN);
    assertTrue(RoomDriver.playsTo(admin, "bridge-1").isEmpty());
    assertTrue(RoomDriver.playsTo(room.hangUp("a1"), "bridge-1").isEmpty());
  }

  @Test
  void the_member_count_is_told_to_the_joiner() {
    RoomDriver room = room(BridgeProfile.builder().memberCount(CountAnnouncement.TO_JOINER));
    room.join("c1", Role.PLAIN);
    assertEquals(List.of(List.of("sound:conf-onlyone")), RoomDriver.playsTo(room.join("c2", Role.PLAIN), "c2"));
    assertEquals(List.of(List.of("sound:conf-thereare", "number:2", "sound:conf-otherinparty")),
        RoomDriver.playsTo(room.join("c3", Role.PLAIN), "c3"));
  }

  @Test
  void the_member_count_is_told_to_everyone() {
    RoomDriver room = room(BridgeProfile.builder().memberCount(CountAnnouncement.TO_ALL));
    room.join("c1", Role.PLAIN);
    room.join("c2", Role.PLAIN);
    assertEquals(List.of(List.of("sound:conf-thereare", "number:2", "sound:conf-otherinparty")),
        RoomDriver.playsTo(room.join("c3", Role.PLAIN), "bridge-1"));
  }

  @Test
  void a_member_starting_muted_is_muted_before_it_enters_and_may_unmute_itself() {
    RoomDriver room = room(BridgeProfile.builder(), Map.of(Role.PLAIN,
        UserProfile.builder(Role.PLAIN).startMuted(true).build()));
    RoomDecision join = room.join("c1", Role.PLAIN);
    int mute = join.commands().indexOf(new Command.Mute("c1"));
    int add = join.commands().indexOf(new Command.AddToBridge("bridge-1", "c1"));
    assertTrue(mute >= 0 && mute < add, join.commands().toString());
    assertTrue(room.view("c1").muted());
  }

  @Test
  void talk_detection_is_enabled_on_each_member_as_it_enters_the_bridge() {
    RoomDriver room = room(BridgeProfile.builder().talkDetection(new TalkDetection(1000, 200)));
    assertEquals(List.of(new Command.EnableTalkDetection("c1", 1000, 200)),
        room.join("c1", Role.PLAIN).commands(Command.EnableTalkDetection.class));
  }

  @Test
  void talk_detection_waits_until_a_waiting_member_enters_the_bridge() {
    RoomDriver room = room(BridgeProfile.builder().waitForMarked(true).talkDetection(TalkDetection.DEFAULTS),
        RoomDriver.users(Role.MARKED, Role.PLAIN));
    assertTrue(room.join("c1", Role.PLAIN).commands(Command.EnableTalkDetection.class).isEmpty());
    assertEquals(List.of(new Command.EnableTalkDetection("c1", 2500, 160),
        new Command.EnableTalkDetection("m1", 2500, 160)),
        room.join("m1", Role.MARKED).commands(Command.EnableTalkDetection.class));
  }

  @Test
  void declared_prompts_replace_the_confbridge_sounds() {
    RoomDriver room = room(BridgeProfile.builder().prompts(Prompts.DEFAULTS.with(PromptKey.ONLY_PERSON, "alone")));
    assertEquals(List.of(List.of("sound:alone")), RoomDriver.playsTo(room.join("c1", Role.PLAIN), "c1"));
  }

  @Test
  void an_admin_joining_while_participants_are_muted_is_not_muted_but_a_participant_is() {
    RoomDriver room = room(BridgeProfile.builder());
    room.join("a1", Role.ADMIN);
    room.send(new RoomOperation.SetParticipantsMuted(true));
    assertFalse(room.join("a2", Role.ADMIN).commands().contains(new Command.Mute("a2")));
    assertTrue(room.join("c1", Role.PLAIN).commands().contains(new Command.Mute("c1")));
  }
}
