package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.RecordingPlan;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.TalkDetection;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A busy room (recording, music, a participant being dialled, members waiting) ends in every way a room can end;
 * the commands replayed into a ledger leave no bridge, recording, music, dialled call or timer behind.
 */
class NothingLeftBehindTest {

  private static RoomDriver busyRoom() {
    RoomDriver room = new RoomDriver(RoomDriver.template(BridgeProfile.builder()
        .recording(RecordingPlan.onDemand()).mohWhenAlone(true).talkDetection(TalkDetection.DEFAULTS).build(),
        RoomDriver.users(Role.ADMIN, Role.MARKED, Role.PLAIN)), TransitionObserver.NONE);
    room.join("m1", Role.MARKED);
    room.finishPlaybacks();
    room.join("c1", Role.PLAIN);
    room.send(new RoomOperation.StartRecording());
    room.send(new RoomOperation.AddParticipant("PJSIP/300", Role.PLAIN, CallerId.NONE));
    room.send(new RoomOperation.MuteMember("c1"));
    return room;
  }

  private static void assertClean(RoomDriver room) {
    assertTrue(room.room.ended(), room.room.state().toString());
    assertTrue(room.ledger.nothingLeft(), room.ledger.toString());
    assertTrue(room.ledger.timers.isEmpty(), room.ledger.timers.toString());
  }

  @Test
  void everyone_hanging_up() {
    RoomDriver room = busyRoom();
    room.hangUp("c1");
    RoomDecision last = room.hangUp("m1");
    assertEquals(List.of(new Command.StopRecording("conf-team-1-20261122-090000-1"),
        new Command.HangUp("channel-1", "normal"), new Command.DestroyBridge("bridge-1")), last.commands());
    assertClean(room);
  }

  @Test
  void the_room_ended_by_an_operation_with_members_in_the_bridge() {
    RoomDriver room = busyRoom();
    room.send(new RoomOperation.End("api"));
    room.leftBridge("m1");
    room.leftBridge("c1");
    assertClean(room);
  }

  @Test
  void the_room_ended_while_members_leave_with_the_menu_and_one_hangs_up() {
    RoomDriver room = busyRoom();
    room.send(new RoomOperation.KickMember("c1", "api"));
    room.send(new RoomOperation.End("api"));
    room.hangUp("m1");
    assertClean(room);
  }

  @Test
  void a_muted_member_kicked_goes_back_to_its_flow_unmuted_but_one_who_hung_up_needs_nothing() {
    RoomDriver room = busyRoom();
    room.send(new RoomOperation.MuteMember("m1"));

    RoomDecision kicked = room.send(new RoomOperation.KickMember("c1", "api"));
    RoomDecision hungUp = room.hangUp("m1");

    assertEquals(List.of(new Command.Unmute("c1")), kicked.commands(Command.Unmute.class));
    assertEquals(List.of(), hungUp.commands(Command.Unmute.class));
    assertClean(room);
  }

  @Test
  void the_last_member_kicked() {
    RoomDriver room = busyRoom();
    room.hangUp("c1");
    room.send(new RoomOperation.KickMember("m1", "api"));
    assertClean(room);
  }

  @Test
  void a_dialled_participant_answering_after_the_room_ended_is_refused_and_hung_up() {
    RoomDriver room = busyRoom();
    room.send(new RoomOperation.End("api"));
    RoomDecision late = room.request("channel-1", Optional.empty(), Optional.empty());
    assertEquals(MemberOutcome.ROOM_ENDED, ((RoomAnswer.Refused) late.answer()).outcome());
  }
}
