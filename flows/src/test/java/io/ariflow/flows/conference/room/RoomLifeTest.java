package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.DtmfMenu;
import io.ariflow.flows.conference.spec.MenuAction;
import io.ariflow.flows.conference.spec.MenuEntry;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.conference.spec.UserProfile;
import io.ariflow.flows.state.TransitionCoverage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The room and member machines through whole lives: waiting for a leader, ending, races, nothing left behind. */
class RoomLifeTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(RoomTable.TABLE, MemberTable.TABLE);

  private static final DtmfMenu MENU = DtmfMenu.of("user", new MenuEntry("*8", MenuAction.LEAVE));

  private static RoomDriver waitingRoom(BridgeProfile.Builder bridge) {
    RoomTemplate template = RoomDriver.template(bridge.waitForMarked(true).build(), Map.of(
        Role.MARKED, UserProfile.builder(Role.MARKED).build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).menu("user").pin("1234").build()), MENU);
    return new RoomDriver(template, COVERAGE);
  }

  private static RoomDriver plainRoom(BridgeProfile.Builder bridge) {
    return new RoomDriver(RoomDriver.template(bridge.build(), Map.of(
        Role.ADMIN, UserProfile.builder(Role.ADMIN).build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).menu("user").pin("1234").build()), MENU), COVERAGE);
  }

  private static void joinPlain(RoomDriver room, String channel) {
    room.request(channel, Optional.of(Role.PLAIN), Optional.of("1234"));
  }

  @Test
  void members_wait_with_music_until_the_marked_member_arrives_then_the_room_begins() {
    RoomDriver room = waitingRoom(BridgeProfile.builder());
    joinPlain(room, "c1");
    RoomDecision waiting = room.decisions.get(0);
    assertEquals(new RoomAnswer.Admitted(1, Role.PLAIN, true), waiting.answer());
    assertEquals(List.of(List.of("sound:conf-waitforleader")), RoomDriver.playsTo(waiting, "c1"));
    assertTrue(waiting.commands(Command.AddToBridge.class).isEmpty(), "a waiting member stays out of the bridge");
    room.finishPlaybacks();
    assertEquals(List.of(new Command.StartMoh(Target.channel("c1"), "default")),
        room.decisions.get(1).commands(Command.StartMoh.class));
    joinPlain(room, "c2");
    assertEquals(RoomState.WAITING_FOR_MARKED, room.room.state());
    RoomDecision leader = room.join("m1", Role.MARKED);
    assertEquals(List.of(new Command.StopMoh(Target.channel("c1")), new Command.StopPlayback("playback-2"),
        new Command.StopMoh(Target.channel("c2"))), leader.commands().stream()
        .filter(c -> c instanceof Command.StopMoh || c instanceof Command.StopPlayback).toList());
    assertEquals(List.of("c1", "c2", "m1"),
        leader.commands(Command.AddToBridge.class).stream().map(Command.AddToBridge::channelId).toList());
    assertEquals(List.of(List.of("sound:confbridge-conf-begin")), RoomDriver.playsTo(leader, "c1"));
    assertEquals(RoomState.ACTIVE, room.room.state());
  }

  @Test
  void when_the_last_marked_member_leaves_the_others_go_back_to_waiting_and_the_last_one_ends_the_room() {
    RoomDriver room = waitingRoom(BridgeProfile.builder());
    room.join("m1", Role.MARKED);
    joinPlain(room, "c1");
    joinPlain(room, "c2");
    RoomDecision leaderGone = room.hangUp("m1");
    assertEquals(List.of(new Command.RemoveFromBridge("bridge-1", "c1"),
        new Command.RemoveFromBridge("bridge-1", "c2")),
        leaderGone.commands(Command.RemoveFromBridge.class));
    assertEquals(RoomState.WAITING_FOR_MARKED, room.room.state());
    assertEquals(MemberState.WAITING, room.view("c1").state());
    assertInstanceOf(RoomAnswer.Noted.class, room.leftBridge("c1").answer());
    room.finishPlaybacks();
    assertTrue(room.ledger.moh.contains("channel:c1"));
    room.hangUp("c1");
    assertEquals(RoomState.WAITING_FOR_MARKED, room.room.state());
    RoomDecision last = room.hangUp("c2");
    assertEquals(RoomState.ENDED, room.room.state());
    assertEquals(List.of(new Command.DestroyBridge("bridge-1")), last.commands(Command.DestroyBridge.class));
    assertTrue(room.ledger.nothingLeft(), room.ledger.toString());
  }

  @Test
  void a_member_that_waits_for_marked_waits_in_an_active_room_without_one() {
    RoomDriver room = new RoomDriver(RoomDriver.template(BridgeProfile.builder().build(), Map.of(
        Role.ADMIN, UserProfile.builder(Role.ADMIN).build(),
        Role.MARKED, UserProfile.builder(Role.MARKED).build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).waitMarked(true).build())), COVERAGE);
    room.join("a1", Role.ADMIN);
    assertEquals(new RoomAnswer.Admitted(2, Role.PLAIN, true), room.join("c1", Role.PLAIN).answer());
    assertEquals(RoomState.ACTIVE, room.room.state());
    room.join("m1", Role.MARKED);
    assertEquals(MemberState.IN_ROOM, room.view("c1").state());
  }

  @Test
  void end_marked_members_leave_with_the_last_marked_member() {
    RoomDriver room = new RoomDriver(RoomDriver.template(BridgeProfile.builder().build(), Map.of(
        Role.MARKED, UserProfile.builder(Role.MARKED).build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).endMarked(true).build())), COVERAGE);
    room.join("m1", Role.MARKED);
    room.join("c1", Role.PLAIN);
    RoomDecision gone = room.hangUp("m1");
    assertEquals(List.of(new RoomNotice.MemberReleased("m1", MemberOutcome.HUNG_UP, "hung up", List.of()),
        new RoomNotice.MemberReleased("c1", MemberOutcome.ROOM_ENDED, "the last marked member left",
            List.of("sound:conf-leaderhasleft")),
        new RoomNotice.RoomEnded("team-1", "the last member left")), gone.notices());
    assertEquals(RoomState.ENDED, room.room.state());
    room.leftBridge("c1");
    room.hangUp("c1");
    assertTrue(room.ledger.nothingLeft(), room.ledger.toString());
  }

  @Test
  void a_room_that_ends_with_its_last_marked_member_releases_everyone_and_drains_the_bridge() {
    RoomDriver room = waitingRoom(BridgeProfile.builder().endWhenLastMarkedLeaves(true));
    room.join("m1", Role.MARKED);
    joinPlain(room, "c1");
    joinPlain(room, "c2");
    RoomDecision gone = room.hangUp("m1");
    assertEquals(RoomState.ENDING, room.room.state());
    assertEquals(List.of(MemberOutcome.HUNG_UP, MemberOutcome.ROOM_ENDED, MemberOutcome.ROOM_ENDED),
        gone.notices(RoomNotice.MemberReleased.class).stream().map(RoomNotice.MemberReleased::outcome).toList());
    assertEquals(List.of(new Command.DestroyBridge("bridge-1")), gone.commands(Command.DestroyBridge.class));
    assertEquals(List.of(new Command.ArmTimer(TimerKey.of("drain", "team-1"), Duration.ofSeconds(5))),
        gone.commands(Command.ArmTimer.class));
    room.leftBridge("c1");
    assertEquals(RoomState.ENDING, room.room.state());
    RoomDecision drained = room.leftBridge("c2");
    assertEquals(RoomState.ENDED, room.room.state());
    assertEquals(List.of(new RoomNotice.RoomEnded("team-1", "the last marked member left")), drained.notices());
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("drain", "team-1"))),
        drained.commands(Command.CancelTimer.class));
    assertTrue(room.ledger.nothingLeft(), room.ledger.toString());
    assertTrue(room.ledger.timers.isEmpty(), room.ledger.timers.toString());
  }

  @Test
  void an_ending_room_forgets_members_whose_left_bridge_never_came() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    joinPlain(room, "c1");
    room.send(new RoomOperation.End("closing time"));
    assertEquals(RoomState.ENDING, room.room.state());
    RoomDecision timeout = room.fire(TimerKey.of("drain", "team-1"));
    assertEquals(RoomState.ENDED, room.room.state());
    assertEquals(List.of(new RoomNotice.RoomEnded("team-1", "closing time")), timeout.notices());
    assertInstanceOf(RoomAnswer.Ignored.class, room.fire(TimerKey.of("drain", "team-1")).answer());
  }

  @Test
  void ending_a_room_of_waiting_members_releases_them_at_once() {
    RoomDriver room = waitingRoom(BridgeProfile.builder());
    joinPlain(room, "c1");
    room.finishPlaybacks();
    RoomDecision end = room.send(new RoomOperation.End("cancelled"));
    assertEquals(new RoomAnswer.Done(), end.answer());
    assertEquals(RoomState.ENDED, room.room.state());
    assertEquals(List.of(new Command.StopMoh(Target.channel("c1"))), end.commands(Command.StopMoh.class));
    assertEquals(List.of(new RoomNotice.MemberReleased("c1", MemberOutcome.ROOM_ENDED, "cancelled",
        List.of("sound:confbridge-conf-end")), new RoomNotice.RoomEnded("team-1", "cancelled")), end.notices());
    assertTrue(room.ledger.nothingLeft(), room.ledger.toString());
    assertEquals(new RoomAnswer.NoChange("already ending"), room.send(new RoomOperation.End("again")).answer());
  }

  @Test
  void the_room_ends_while_someone_enters_the_pin() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.join("a1", Role.ADMIN);
    room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    RoomDecision end = room.send(new RoomOperation.End("admin ended it"));
    assertTrue(end.notices().contains(new RoomNotice.MemberReleased("c1", MemberOutcome.ROOM_ENDED,
        "admin ended it", List.of("sound:confbridge-conf-end"))));
    assertEquals(new RoomAnswer.Refused(MemberOutcome.ROOM_ENDED, List.of("sound:confbridge-conf-end")),
        room.send(new RoomMessage.PinEntered("c1", "1234")).answer());
    assertEquals(new RoomAnswer.Refused(MemberOutcome.ROOM_ENDED, List.of("sound:confbridge-conf-end")),
        room.request("c9", Optional.of(Role.PLAIN), Optional.empty()).answer());
  }

  @Test
  void an_empty_room_ended_while_the_only_caller_types_the_pin_ends_without_a_bridge() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    RoomDecision end = room.send(new RoomOperation.End("maintenance"));
    assertEquals(RoomState.ENDED, room.room.state());
    assertTrue(end.commands().isEmpty(), end.commands().toString());
  }

  @Test
  void a_caller_hanging_up_at_the_pin_prompt_of_an_empty_room_abandons_it() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    RoomDecision gone = room.hangUp("c1");
    assertEquals(RoomState.ENDED, room.room.state());
    assertEquals(List.of(new RoomNotice.RoomEnded("team-1", "nobody entered")), gone.notices());
  }

  @Test
  void a_member_hanging_up_while_being_kicked_changes_nothing_more() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.join("a1", Role.ADMIN);
    joinPlain(room, "c1");
    RoomDecision kick = room.send(new RoomOperation.KickMember("c1", "api"));
    assertEquals(List.of(new RoomNotice.MemberReleased("c1", MemberOutcome.KICKED, "kicked by api",
        List.of("sound:conf-kicked"))), kick.notices());
    RoomDecision hangUp = room.hangUp("c1");
    assertInstanceOf(RoomAnswer.Noted.class, hangUp.answer());
    assertTrue(hangUp.commands().isEmpty() && hangUp.notices().isEmpty(), "released only once");
    assertInstanceOf(RoomAnswer.Noted.class, room.leftBridge("c1").answer());
    assertEquals(new RoomAnswer.NotFound("no member c1 in the room"),
        room.send(new RoomOperation.KickMember("c1", "api")).answer());
  }

  @Test
  void a_member_leaving_with_the_menu_is_confirmed_by_its_left_bridge_and_its_hangup_is_a_repeat() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.join("a1", Role.ADMIN);
    joinPlain(room, "c1");
    RoomDecision leave = room.press("c1", "*8").get(1);
    assertEquals(List.of(new RoomNotice.MemberReleased("c1", MemberOutcome.LEFT, "left with the menu", List.of())),
        leave.notices());
    assertEquals(MemberState.LEAVING, leave.transitions().get(0).to());
    room.leftBridge("c1");
    assertInstanceOf(RoomAnswer.Noted.class, room.hangUp("c1").answer());
    joinPlain(room, "c2");
    room.press("c2", "*8");
    room.hangUp("c2");
    assertEquals(List.of("a1"), room.room.snapshot().members().stream().map(MemberView::channelId).toList());
  }

  @Test
  void a_waiting_member_may_leave_with_the_menu_or_be_kicked() {
    RoomDriver room = waitingRoom(BridgeProfile.builder());
    joinPlain(room, "c1");
    joinPlain(room, "c2");
    RoomDecision leave = room.press("c1", "*8").get(1);
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("digits", "c1")), new Command.StopPlayback("playback-1"),
        new Command.StopMoh(Target.channel("c1"))), leave.commands());
    RoomDecision kick = room.send(new RoomOperation.KickMember("c2", "api"));
    assertEquals(RoomState.ENDED, room.room.state());
    assertEquals(List.of(new Command.DestroyBridge("bridge-1")), kick.commands(Command.DestroyBridge.class));
  }

  @Test
  void a_refused_caller_hanging_up_changes_nothing() {
    RoomDriver room = plainRoom(BridgeProfile.builder().startLocked(true));
    room.join("a1", Role.ADMIN);
    joinPlain(room, "c1");
    RoomDecision hangUp = room.hangUp("c1");
    assertInstanceOf(RoomAnswer.Noted.class, hangUp.answer());
    assertEquals(RoomState.ACTIVE, room.room.state());
  }

  @Test
  void a_left_bridge_for_a_member_still_in_the_room_is_a_repeat_of_our_own_moves() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.join("a1", Role.ADMIN);
    assertInstanceOf(RoomAnswer.Noted.class, room.leftBridge("a1").answer());
    assertEquals(MemberState.IN_ROOM, room.view("a1").state());
  }

  @Test
  void a_hung_up_member_whose_left_bridge_arrives_late_stays_left() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.join("a1", Role.ADMIN);
    joinPlain(room, "c1");
    room.hangUp("c1");
    assertInstanceOf(RoomAnswer.Noted.class, room.leftBridge("c1").answer());
    assertInstanceOf(RoomAnswer.Noted.class, room.hangUp("c1").answer());
    assertEquals(RoomState.ACTIVE, room.room.state());
  }

  @Test
  void a_left_bridge_for_a_caller_still_at_the_door_is_reported_with_its_history() {
    RoomDriver room = plainRoom(BridgeProfile.builder());
    room.request("c1", Optional.of(Role.PLAIN), Optional.empty());
    room.send(new RoomMessage.PinEntered("c1", "0"));
    RoomAnswer.Illegal illegal = assertInstanceOf(RoomAnswer.Illegal.class, room.leftBridge("c1").answer());
    assertEquals(MemberState.JOINING, illegal.transition().from());
    assertTrue(illegal.transition().describe().contains("JOINING --PIN_WRONG--> JOINING"),
        illegal.transition().describe());
  }

  @Test
  void the_last_member_leaving_destroys_the_bridge_and_leaves_nothing_behind() {
    RoomDriver room = plainRoom(BridgeProfile.builder().mohWhenAlone(true));
    room.join("a1", Role.ADMIN);
    joinPlain(room, "c1");
    room.hangUp("c1");
    room.finishPlaybacks();
    assertTrue(room.ledger.moh.contains("bridge:bridge-1"), "alone again: music");
    RoomDecision last = room.hangUp("a1");
    assertEquals(List.of(new Command.DestroyBridge("bridge-1")), last.commands());
    assertTrue(room.room.ended());
    assertFalse(room.room.hasChannel("a1"));
    assertTrue(room.ledger.nothingLeft(), room.ledger.toString());
  }
}
