package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operations the engine (and later the control API) performs on a room, and the listing. */
class OperationsTest {

  private static RoomDriver room() {
    RoomDriver room = new RoomDriver(RoomDriver.template(BridgeProfile.builder().build(),
        RoomDriver.users(Role.ADMIN, Role.PLAIN)), TransitionObserver.NONE);
    room.join("a1", Role.ADMIN);
    return room;
  }

  private static RoomAnswer send(RoomDriver room, RoomMessage message) {
    return room.send(message).answer();
  }

  @Test
  void the_listing_shows_seat_role_caller_mute_talking_and_join_time() {
    RoomDriver room = room();
    Instant adminJoined = room.clock.instant();
    room.clock.advance(Duration.ofSeconds(30));
    room.join("c1", Role.PLAIN);
    room.send(new RoomOperation.MuteMember("c1"));
    room.send(new RoomMessage.TalkingStarted("a1"));
    RoomSnapshot snapshot = room.room.snapshot();
    assertEquals(List.of(
        new MemberView("a1", 1, Role.ADMIN, new Caller("Caller a1", "101"), MemberState.IN_ROOM, false, true,
            adminJoined, false),
        new MemberView("c1", 2, Role.PLAIN, new Caller("Caller c1", "201"), MemberState.IN_ROOM, true, false,
            adminJoined.plusSeconds(30), false)), snapshot.members());
    assertEquals(new RoomSnapshot("team-1", "bridge-1", RoomState.ACTIVE, false, Optional.empty(), false,
        snapshot.members()), snapshot);
  }

  @Test
  void mute_and_unmute_answer_done_then_no_change_and_not_found_for_strangers() {
    RoomDriver room = room();
    room.join("c1", Role.PLAIN);
    assertEquals(new RoomAnswer.Done(), send(room, new RoomOperation.MuteMember("c1")));
    assertEquals(new RoomAnswer.NoChange("already muted"), send(room, new RoomOperation.MuteMember("c1")));
    RoomDecision unmute = room.send(new RoomOperation.UnmuteMember("c1"));
    assertEquals(List.of(new Command.Unmute("c1")), unmute.commands());
    assertEquals(new RoomAnswer.NoChange("not muted"), send(room, new RoomOperation.UnmuteMember("c1")));
    assertEquals(new RoomAnswer.NotFound("no member x in the room"), send(room, new RoomOperation.MuteMember("x")));
    assertEquals(new RoomAnswer.NotFound("no member x in the room"), send(room, new RoomOperation.UnmuteMember("x")));
  }

  @Test
  void lock_and_unlock_say_whether_they_changed_anything() {
    RoomDriver room = room();
    assertEquals(new RoomAnswer.Done(), send(room, new RoomOperation.Lock()));
    assertEquals(new RoomAnswer.NoChange("already locked"), send(room, new RoomOperation.Lock()));
    assertEquals(new RoomAnswer.Done(), send(room, new RoomOperation.Unlock()));
    assertEquals(new RoomAnswer.NoChange("not locked"), send(room, new RoomOperation.Unlock()));
  }

  @Test
  void participants_can_be_muted_as_a_group_once() {
    RoomDriver room = room();
    room.join("c1", Role.PLAIN);
    assertEquals(new RoomAnswer.Done(), send(room, new RoomOperation.SetParticipantsMuted(true)));
    assertEquals(new RoomAnswer.NoChange("participants already muted"),
        send(room, new RoomOperation.SetParticipantsMuted(true)));
    assertEquals(new RoomAnswer.Done(), send(room, new RoomOperation.SetParticipantsMuted(false)));
    assertEquals(new RoomAnswer.NoChange("participants not muted"),
        send(room, new RoomOperation.SetParticipantsMuted(false)));
  }

  @Test
  void an_added_participant_is_dialled_and_joins_with_the_role_given() {
    RoomDriver room = room();
    room.send(new RoomOperation.Lock());
    RoomDecision add = room.send(new RoomOperation.AddParticipant("PJSIP/300", Role.ADMIN, new CallerId("", "500")));
    assertEquals(List.of(new Command.Dial("channel-1", "PJSIP/300", new CallerId("", "500"), Duration.ofSeconds(30),
        "conference:team-1")), add.commands());
    assertEquals(new RoomAnswer.Admitted(2, Role.ADMIN, false),
        room.request("channel-1", Optional.of(Role.PLAIN), Optional.empty()).answer());
  }

  @Test
  void a_dialled_participant_is_hung_up_when_it_leaves_because_no_flow_holds_it() {
    RoomDriver room = room();
    room.send(new RoomOperation.AddParticipant("PJSIP/300", Role.PLAIN, CallerId.NONE));
    room.request("channel-1", Optional.empty(), Optional.empty());
    RoomDecision kick = room.send(new RoomOperation.KickMember("channel-1", "api"));
    assertEquals(List.of(new Command.HangUp("channel-1", "normal")), kick.commands(Command.HangUp.class));
  }

  @Test
  void an_ended_room_refuses_further_operations() {
    RoomDriver room = room();
    assertEquals(new RoomAnswer.Done(), send(room, new RoomOperation.End("api")));
    assertEquals(new RoomAnswer.NotAllowed("the room is ending"), send(room, new RoomOperation.Lock()));
    assertEquals(new RoomAnswer.NotAllowed("the room is ending"),
        send(room, new RoomOperation.AddParticipant("PJSIP/1", Role.PLAIN, CallerId.NONE)));
    assertInstanceOf(RoomAnswer.NotFound.class, send(room, new RoomOperation.KickMember("a1", "api")));
  }
}
