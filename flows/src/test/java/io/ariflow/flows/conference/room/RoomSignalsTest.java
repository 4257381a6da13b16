package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.TalkDetection;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real conference-bridge trace mapped to room messages and fed to a room holding its three channels: the
 * trace's own removeChannel and DELETE /bridges arrive as ChannelLeftBridge the room did not cause, and talk
 * detection goes on after the caller left the bridge.
 */
class RoomSignalsTest {

  private static final String BRIDGE = "conf-bridge-1";
  private static final String CALLER = "1795332664.26";
  private static final List<String> CHANNELS = List.of(CALLER, "1795332664.27", "1795332664.29");

  private static List<AriEvent> traceEvents() {
    assumeTrue(Traces.sharedDir().isPresent(),
        "skipped: shared/ari/traces not found (set -D" + Traces.SHARED_DIR_PROPERTY + ")");
    AriEventDecoder decoder = new AriEventDecoder();
    List<AriEvent> events = new ArrayList<>();
    for (TraceLine line : Traces.load("conference-bridge").events()) {
      events.add(decoder.decode(line.event()));
    }
    return events;
  }

  private static List<RoomMessage> messages(List<AriEvent> events) {
    return events.stream().map(event -> RoomSignals.from(event, BRIDGE)).flatMap(Optional::stream).toList();
  }

  @Test
  void talk_detection_events_of_the_trace_become_talking_messages_with_their_duration() {
    List<RoomMessage> messages = messages(traceEvents());
    assertTrue(messages.contains(new RoomMessage.TalkingStarted(CALLER)));
    assertTrue(messages.contains(new RoomMessage.TalkingFinished(CALLER, Duration.ofMillis(799))));
    assertTrue(messages.contains(new RoomMessage.RecordingStarted("conf-test")));
    assertTrue(messages.contains(new RoomMessage.RecordingFinished("conf-test")));
    assertEquals(3, messages.stream().filter(RoomMessage.MemberLeftBridge.class::isInstance).count());
  }

  @Test
  void left_bridge_counts_only_for_the_room_s_own_bridge() {
    List<AriEvent> events = traceEvents();
    List<RoomMessage> elsewhere = events.stream().map(event -> RoomSignals.from(event, "another-bridge"))
        .flatMap(Optional::stream).toList();
    assertFalse(elsewhere.stream().anyMatch(RoomMessage.MemberLeftBridge.class::isInstance));
  }

  @Test
  void the_whole_trace_fed_to_a_room_with_its_channels_is_never_illegal_and_ends_the_room() {
    RoomDriver room = new RoomDriver(RoomDriver.template(
        BridgeProfile.builder().talkDetection(TalkDetection.DEFAULTS).build(), RoomDriver.users(Role.PLAIN)),
        TransitionObserver.NONE);
    CHANNELS.forEach(channel -> room.join(channel, Role.PLAIN));
    List<RoomMessage> messages = traceEvents().stream()
        .map(event -> RoomSignals.from(event, BRIDGE))
        .flatMap(Optional::stream).toList();
    for (RoomMessage message : messages) {
      RoomAnswer answer = room.send(message).answer();
      assertFalse(answer instanceof RoomAnswer.Illegal, () -> message + ": " + answer);
    }
    assertTrue(room.room.ended());
  }
}
