package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.TalkDetection;
import io.ariflow.flows.state.TransitionCoverage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who is speaking, from ChannelTalkingStarted / ChannelTalkingFinished, as listings show it. */
class TalkDetectionTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(TalkTable.TABLE);

  private static RoomDriver room() {
    RoomDriver room = new RoomDriver(RoomDriver.template(
        BridgeProfile.builder().talkDetection(TalkDetection.DEFAULTS).build(), RoomDriver.users(Role.PLAIN)),
        COVERAGE);
    room.join("c1", Role.PLAIN);
    room.join("c2", Role.PLAIN);
    return room;
  }

  @Test
  void talking_started_and_finished_update_the_listing() {
    RoomDriver room = room();
    room.send(new RoomMessage.TalkingStarted("c1"));
    assertTrue(room.view("c1").talking());
    assertFalse(room.view("c2").talking());
    room.send(new RoomMessage.TalkingFinished("c1", Duration.ofMillis(799)));
    assertFalse(room.view("c1").talking());
  }

  @Test
  void repeated_talk_events_are_tolerated() {
    RoomDriver room = room();
    room.send(new RoomMessage.TalkingStarted("c1"));
    assertInstanceOf(RoomAnswer.Noted.class, room.send(new RoomMessage.TalkingStarted("c1")).answer());
    room.send(new RoomMessage.TalkingFinished("c1", Duration.ofMillis(500)));
    assertInstanceOf(RoomAnswer.Noted.class,
        room.send(new RoomMessage.TalkingFinished("c1", Duration.ofMillis(500))).answer());
    assertFalse(room.view("c1").talking());
  }

  @Test
  void talking_after_leaving_the_room_is_ignored_as_in_the_conference_trace() {
    RoomDriver room = room();
    room.hangUp("c2");
    assertInstanceOf(RoomAnswer.Ignored.class, room.send(new RoomMessage.TalkingStarted("c2")).answer());
    assertEquals(1, room.room.snapshot().members().size());
  }
}
