package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.JoinLeaveAnnouncement;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.conference.spec.UserProfile;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  private static RoomTemplate withPins(BridgeProfile bridge) {
    return RoomDriver.template(bridge, Map.of(
        Role.ADMIN, UserProfile.builder(Role.ADMIN).pin("9999").build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).pin("1234").build()));
  }

  private static RoomDriver driver(RoomTemplate template) {
    return new RoomDriver(template, TransitionObserver.NONE);
  }

  @Test
  void the_first_member_creates_the_bridge_and_enters_it() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().build(), RoomDriver.users(Role.PLAIN)));
    RoomDecision decision = room.join("c1", Role.PLAIN);
    assertEquals(new RoomAnswer.Admitted(1, Role.PLAIN, false), decision.answer());
    assertEquals(List.of(new Command.CreateBridge("bridge-1", "team-1")),
        decision.commands(Command.CreateBridge.class));
    assertEquals(List.of(new Command.AddToBridge("bridge-1", "c1")), decision.commands(Command.AddToBridge.class));
    assertEquals(RoomState.ACTIVE, room.room.state());
    assertEquals(room.clock.instant(), room.view("c1").joinedAt());
  }

  @Test
  void a_role_with_a_pin_is_asked_for_it_and_admitted_with_the_right_one() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().build()));
    RoomDecision asked = room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    assertEquals(new RoomAnswer.AskPin(3, List.of("sound:conf-getpin")), asked.answer());
    assertTrue(asked.commands().isEmpty(), "nothing happens in Asterisk before the PIN");
    RoomDecision admitted = room.send(new RoomMessage.PinEntered("c1", "1234"));
    assertEquals(new RoomAnswer.Admitted(1, Role.PLAIN, false), admitted.answer());
  }

  @Test
  void a_wrong_pin_is_asked_again_with_the_attempts_left() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().pinAttempts(3).build()));
    room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    RoomDecision retry = room.send(new RoomMessage.PinEntered("c1", "0000"));
    assertEquals(new RoomAnswer.AskPin(2, List.of("sound:conf-invalidpin", "sound:conf-getpin")), retry.answer());
    assertEquals(MemberState.JOINING, retry.transitions().get(0).to());
    assertInstanceOf(RoomAnswer.Admitted.class, room.send(new RoomMessage.PinEntered("c1", "1234")).answer());
  }

  @Test
  void too_many_wrong_pins_refuse_the_caller_and_the_room_nobody_entered_ends_without_a_bridge() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().pinAttempts(2).build()));
    room.request("c1", Optional.of(Role.PLAIN), Optional.of("1"));
    RoomDecision refused = room.send(new RoomMessage.PinEntered("c1", "2"));
    assertEquals(new RoomAnswer.Refused(MemberOutcome.WRONG_PIN, List.of("sound:conf-invalidpin")),
        refused.answer());
    assertEquals(RoomState.ENDED, room.room.state());
    assertTrue(RoomDriver.commands(room.decisions).isEmpty(), "no bridge was ever created");
    assertEquals(List.of(new RoomNotice.RoomEnded("team-1", "nobody entered")), refused.notices());
  }

  @Test
  void a_pin_collected_before_joining_is_checked_at_once() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().build()));
    RoomDecision admitted = room.request("c1", Optional.of(Role.ADMIN), Optional.of("9999"));
    assertEquals(new RoomAnswer.Admitted(1, Role.ADMIN, false), admitted.answer());
  }

  @Test
  void without_a_role_the_pin_entered_decides_it() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().build()));
    assertInstanceOf(RoomAnswer.AskPin.class, room.request("c1", Optional.empty(), Optional.empty()).answer());
    assertEquals(new RoomAnswer.Admitted(1, Role.ADMIN, false),
        room.send(new RoomMessage.PinEntered("c1", "9999")).answer());
    room.request("c2", Optional.empty(), Optional.empty());
    assertEquals(new RoomAnswer.Admitted(2, Role.PLAIN, false),
        room.send(new RoomMessage.PinEntered("c2", "1234")).answer());
  }

  @Test
  void without_a_role_an_empty_pin_makes_a_plain_member_when_plain_needs_no_pin() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().build(), Map.of(
        Role.ADMIN, UserProfile.builder(Role.ADMIN).pin("9999").build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).build())));
    room.request("c1", Optional.empty(), Optional.empty());
    assertEquals(new RoomAnswer.Admitted(1, Role.PLAIN, false), room.send(new RoomMessage.PinEntered("c1", ""))
        .answer());
  }

  @Test
  void without_a_role_and_without_any_pin_callers_enter_as_plain() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().build(), RoomDriver.users(Role.PLAIN)));
    assertEquals(new RoomAnswer.Admitted(1, Role.PLAIN, false),
        room.request("c1", Optional.empty(), Optional.empty()).answer());
  }

  @Test
  void a_locked_room_refuses_plain_members_but_admins_still_enter() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().startLocked(true).build(),
        RoomDriver.users(Role.ADMIN, Role.PLAIN)));
    room.join("a1", Role.ADMIN);
    assertEquals(new RoomAnswer.Refused(MemberOutcome.LOCKED, List.of("sound:conf-locked")),
        room.request("c1", Optional.of(Role.PLAIN), Optional.empty()).answer());
    room.join("a2", Role.ADMIN);
    assertTrue(room.room.snapshot().locked());
    assertEquals(2, room.room.snapshot().members().size());
  }

  @Test
  void a_full_room_refuses_plain_members_but_admins_still_enter() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().maxMembers(2).build(),
        RoomDriver.users(Role.ADMIN, Role.PLAIN)));
    room.join("c1", Role.PLAIN);
    room.join("c2", Role.PLAIN);
    assertEquals(new RoomAnswer.Refused(MemberOutcome.FULL, List.of("sound:conf-full")),
        room.request("c3", Optional.of(Role.PLAIN), Optional.empty()).answer());
    room.join("a1", Role.ADMIN);
    room.hangUp("c1");
    room.join("c3", Role.PLAIN);
    assertEquals(3, room.room.snapshot().members().size());
  }

  @Test
  void a_role_the_room_has_no_profile_for_is_not_allowed() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().build(), RoomDriver.users(Role.PLAIN)));
    assertEquals(new RoomAnswer.Refused(MemberOutcome.NOT_ALLOWED, List.of()),
        room.request("c1", Optional.of(Role.ADMIN), Optional.empty()).answer());
  }

  @Test
  void a_room_locked_while_the_caller_types_the_pin_refuses_it_at_the_last_moment() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().build()));
    room.request("a1", Optional.of(Role.ADMIN), Optional.of("9999"));
    room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    room.send(new RoomOperation.Lock());
    assertEquals(new RoomAnswer.Refused(MemberOutcome.LOCKED, List.of("sound:conf-locked")),
        room.send(new RoomMessage.PinEntered("c1", "1234")).answer());
  }

  @Test
  void a_room_announcing_names_asks_for_the_name_except_for_quiet_members() {
    RoomDriver room = driver(RoomDriver.template(
        BridgeProfile.builder().joinLeave(JoinLeaveAnnouncement.NAME).build(), Map.of(
            Role.ADMIN, UserProfile.builder(Role.ADMIN).quiet(true).build(),
            Role.PLAIN, UserProfile.builder(Role.PLAIN).build())));
    assertEquals(new RoomAnswer.AskName("sound:vm-rec-name"),
        room.request("c1", Optional.of(Role.PLAIN), Optional.empty()).answer());
    assertEquals(new RoomAnswer.Admitted(1, Role.PLAIN, false),
        room.send(new RoomMessage.NameRecorded("c1", Optional.of("recording:name-c1"))).answer());
    room.join("a1", Role.ADMIN);
  }

  @Test
  void a_name_recorded_before_joining_is_used_without_asking() {
    RoomDriver room = driver(RoomDriver.template(
        BridgeProfile.builder().joinLeave(JoinLeaveAnnouncement.NAME).build(), RoomDriver.users(Role.PLAIN)));
    room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    assertInstanceOf(RoomAnswer.Admitted.class, room.send(new RoomMessage.NameRecorded("c1", Optional.empty()))
        .answer());
    RoomDecision second = room.send(new RoomMessage.JoinRequest("c2", Optional.of(Role.PLAIN),
        new Caller("Bob", "202"), Optional.empty(), Optional.of("recording:bob")));
    assertInstanceOf(RoomAnswer.Admitted.class, second.answer());
    assertEquals(List.of(List.of("recording:bob", "sound:conf-hasjoin")), RoomDriver.playsTo(second, "bridge-1"));
  }

  @Test
  void a_participant_the_room_dialled_skips_the_pin_and_the_lock() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().build()));
    room.request("a1", Optional.of(Role.ADMIN), Optional.of("9999"));
    room.send(new RoomOperation.Lock());
    RoomDecision dial = room.send(new RoomOperation.AddParticipant("PJSIP/201", Role.PLAIN, CallerId.NONE));
    String invited = dial.commands(Command.Dial.class).get(0).channelId();
    assertEquals(new RoomAnswer.Admitted(2, Role.PLAIN, false),
        room.request(invited, Optional.empty(), Optional.empty()).answer());
    assertTrue(room.view(invited).invited());
  }

  @Test
  void a_participant_the_room_dialled_is_not_asked_its_name_since_no_flow_could_record_it() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().joinLeave(JoinLeaveAnnouncement.NAME).build(),
        RoomDriver.users(Role.PLAIN)));
    room.send(new RoomMessage.JoinRequest("c1", Optional.of(Role.PLAIN), new Caller("Alice", "201"),
        Optional.empty(), Optional.of("recording:alice")));
    RoomDecision dial = room.send(new RoomOperation.AddParticipant("PJSIP/202", Role.PLAIN, CallerId.NONE));
    String invited = dial.commands(Command.Dial.class).get(0).channelId();

    RoomDecision joined = room.request(invited, Optional.empty(), Optional.empty());

    assertEquals(new RoomAnswer.Admitted(2, Role.PLAIN, false), joined.answer());
    assertEquals(List.of(List.of("sound:confbridge-join")), RoomDriver.playsTo(joined, "bridge-1"));
  }

  @Test
  void a_channel_that_left_can_join_again_as_a_new_member() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().build(), RoomDriver.users(Role.PLAIN)));
    room.join("c1", Role.PLAIN);
    room.join("c2", Role.PLAIN);
    room.send(new RoomOperation.KickMember("c2", "test"));
    assertEquals(new RoomAnswer.Admitted(3, Role.PLAIN, false), room.join("c2", Role.PLAIN).answer());
  }

  @Test
  void a_second_join_request_for_the_same_channel_is_ignored() {
    RoomDriver room = driver(RoomDriver.template(BridgeProfile.builder().build(), RoomDriver.users(Role.PLAIN)));
    room.join("c1", Role.PLAIN);
    assertInstanceOf(RoomAnswer.Ignored.class, room.request("c1", Optional.of(Role.PLAIN), Optional.empty())
        .answer());
  }

  @Test
  void a_pin_from_a_channel_that_never_asked_to_join_is_ignored() {
    RoomDriver room = driver(withPins(BridgeProfile.builder().build()));
    assertInstanceOf(RoomAnswer.Ignored.class, room.send(new RoomMessage.PinEntered("nobody", "1234")).answer());
  }
}
