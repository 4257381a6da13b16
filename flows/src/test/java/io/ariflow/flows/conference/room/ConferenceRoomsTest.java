package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.SequentialIds;
import io.ariflow.flows.conference.VirtualClock;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.NamePattern;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The directory of open rooms: opening from the catalog, routing, forgetting ended rooms. */
class ConferenceRoomsTest {

  private static RoomTemplate declared(String pattern, int maxMembers) {
    return new RoomTemplate(NamePattern.of(pattern), BridgeProfile.builder().maxMembers(maxMembers).build(),
        RoomDriver.users(Role.PLAIN), Map.of());
  }

  private static RoomMessage join(String channel) {
    return new RoomMessage.JoinRequest(channel, Optional.of(Role.PLAIN), new Caller("", ""), Optional.empty(),
        Optional.empty());
  }

  private static ConferenceRooms rooms(RoomCatalog catalog) {
    return new ConferenceRooms(catalog,
        new RoomEnvironment(VirtualClock.atNine(), new SequentialIds(), TransitionObserver.NONE));
  }

  @Test
  void a_join_opens_the_room_from_the_most_specific_declaration() {
    ConferenceRooms rooms = rooms(RoomCatalog.of(declared("team-*", 0), declared("team-sales-*", 1)));
    rooms.handle("team-sales-1", join("c1"));
    assertEquals(new RoomAnswer.Refused(MemberOutcome.FULL, List.of("sound:conf-full")),
        rooms.handle("team-sales-1", join("c2")).answer());
    assertInstanceOf(RoomAnswer.Admitted.class, rooms.handle("team-ops", join("c3")).answer());
    assertEquals(List.of("team-sales-1", "team-ops"), rooms.list().stream().map(RoomSnapshot::name).toList());
  }

  @Test
  void undeclared_rooms_refuse_joins_and_other_messages_for_closed_rooms_are_ignored() {
    ConferenceRooms rooms = rooms(RoomCatalog.of(declared("team-*", 0)));
    assertEquals(new RoomAnswer.Refused(MemberOutcome.NO_SUCH_ROOM, List.of()),
        rooms.handle("board", join("c1")).answer());
    assertInstanceOf(RoomAnswer.Ignored.class, rooms.handle("team-1", new RoomOperation.Lock()).answer());
    assertTrue(rooms.list().isEmpty());
  }

  @Test
  void an_ended_room_is_forgotten_and_the_next_join_opens_a_fresh_one() {
    ConferenceRooms rooms = rooms(RoomCatalog.of(declared("team-*", 0)));
    rooms.handle("team-1", join("c1"));
    assertEquals(Optional.of("team-1"), rooms.roomOf("c1"));
    assertEquals(Optional.of("team-1"), rooms.roomOfBridge("bridge-1"));
    rooms.handle("team-1", new RoomMessage.MemberHungUp("c1"));
    assertTrue(rooms.room("team-1").isEmpty());
    assertEquals(Optional.empty(), rooms.roomOf("c1"));
    rooms.handle("team-1", join("c2"));
    assertEquals("bridge-2", rooms.room("team-1").orElseThrow().bridgeId());
  }

  @Test
  void a_new_catalog_applies_to_rooms_opened_afterwards() {
    ConferenceRooms rooms = rooms(RoomCatalog.of(declared("team-*", 1)));
    rooms.handle("team-1", join("c1"));
    rooms.replaceCatalog(RoomCatalog.of(declared("team-*", 0)));
    assertInstanceOf(RoomAnswer.Refused.class, rooms.handle("team-1", join("c2")).answer());
    assertInstanceOf(RoomAnswer.Admitted.class, rooms.handle("team-2", join("c3")).answer());
    assertInstanceOf(RoomAnswer.Admitted.class, rooms.handle("team-2", join("c4")).answer());
  }
}
