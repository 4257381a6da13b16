package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.SequentialIds;
import io.ariflow.flows.conference.VirtualClock;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.NamePattern;
import io.ariflow.flows.conference.spec.RecordingPlan;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.json.AriEventDecoder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ARI events reach the room they concern through the directory: by member, awaited playback, or recording. */
class EventRoutingTest {

  private static final AriEventDecoder DECODER = new AriEventDecoder();

  private final ConferenceRooms rooms = new ConferenceRooms(RoomCatalog.of(new RoomTemplate(NamePattern.of("*"),
      BridgeProfile.builder().mohWhenAlone(true).recording(RecordingPlan.onDemand()).build(),
      RoomDriver.users(Role.PLAIN), Map.of())),
      new RoomEnvironment(VirtualClock.atNine(), new SequentialIds(), TransitionObserver.NONE));

  private static AriEvent event(String json) {
    return DECODER.decode(json);
  }

  private static String channel(String id) {
    return "{\"id\":\"" + id + "\",\"name\":\"PJSIP/x\",\"state\":\"Up\"}";
  }

  private RoomDecision join(String room, String channelId) {
    return rooms.handle(room, new RoomMessage.JoinRequest(channelId, Optional.of(Role.PLAIN), new Caller("", ""),
        Optional.empty(), Optional.empty()));
  }

  @Test
  void channel_events_go_to_the_member_s_room() {
    join("r1", "c1");
    join("r2", "c2");
    join("r2", "c3");
    RoomDecision talking = rooms.handle(event("{\"type\":\"ChannelTalkingStarted\",\"timestamp\":\"t\","
        + "\"channel\":" + channel("c3") + "}")).orElseThrow();
    assertInstanceOf(RoomAnswer.Noted.class, talking.answer());
    assertTrue(rooms.room("r2").orElseThrow().snapshot().members().get(1).talking());
    assertEquals(Optional.empty(), rooms.handle(event("{\"type\":\"ChannelTalkingStarted\",\"timestamp\":\"t\","
        + "\"channel\":" + channel("stranger") + "}")));
  }

  @Test
  void a_playback_the_room_waits_for_reaches_it_and_starts_the_music() {
    RoomDecision first = join("r1", "c1");
    String playback = first.commands(Command.Play.class).get(0).playbackId();
    RoomDecision finished = rooms.handle(event("{\"type\":\"PlaybackFinished\",\"timestamp\":\"t\","
        + "\"playback\":{\"id\":\"" + playback + "\",\"media_uri\":\"sound:conf-onlyperson\",\"state\":\"done\"}}"))
        .orElseThrow();
    assertEquals(1, finished.commands(Command.StartMoh.class).size());
    assertEquals(Optional.empty(), rooms.handle(event("{\"type\":\"PlaybackFinished\",\"timestamp\":\"t\","
        + "\"playback\":{\"id\":\"other\",\"media_uri\":\"sound:x\",\"state\":\"done\"}}")));
  }

  @Test
  void recording_events_reach_the_room_recording_until_it_finished() {
    join("r1", "c1");
    String name = rooms.handle("r1", new RoomOperation.StartRecording()).commands(Command.StartRecording.class)
        .get(0).name();
    String started = "{\"type\":\"RecordingStarted\",\"timestamp\":\"t\",\"recording\":{\"name\":\"" + name
        + "\",\"format\":\"wav\",\"state\":\"recording\",\"target_uri\":\"bridge:bridge-1\"}}";
    assertInstanceOf(RoomAnswer.Noted.class, rooms.handle(event(started)).orElseThrow().answer());
    rooms.handle("r1", new RoomOperation.StopRecording());
    String finished = started.replace("RecordingStarted", "RecordingFinished");
    assertInstanceOf(RoomAnswer.Noted.class, rooms.handle(event(finished)).orElseThrow().answer());
    assertEquals(Optional.empty(), rooms.handle(event(finished)));
  }
}
