package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.RecordingPlan;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.state.TransitionCoverage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recording the whole room: names from the plan, Asterisk's events in any order, and the room ending. */
class RecordingTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(RecordingTable.TABLE);

  private static final String FIRST = "team-1-20261122-090000-1";

  private static RoomDriver room(RecordingPlan plan) {
    RoomDriver room = new RoomDriver(RoomDriver.template(BridgeProfile.builder().recording(plan).build(),
        RoomDriver.users(Role.ADMIN, Role.PLAIN)), COVERAGE);
    room.join("a1", Role.ADMIN);
    return room;
  }

  private static RoomDriver room() {
    return room(new RecordingPlan("{room}-{date}-{seq}", "wav", false));
  }

  private static RoomAnswer send(RoomDriver room, RoomMessage message) {
    return room.send(message).answer();
  }

  @Test
  void start_and_stop_follow_the_recording_events() {
    RoomDriver room = room();
    RoomDecision start = room.send(new RoomOperation.StartRecording());
    assertEquals(new RoomAnswer.Done(), start.answer());
    assertEquals(List.of(new Command.StartRecording("bridge-1", FIRST, "wav")), start.commands());
    assertEquals(Optional.of(FIRST), room.room.snapshot().recording());
    assertEquals(new RoomAnswer.Noted(), send(room, new RoomMessage.RecordingStarted(FIRST)));
    RoomDecision stop = room.send(new RoomOperation.StopRecording());
    assertEquals(List.of(new Command.StopRecording(FIRST)), stop.commands());
    assertEquals(new RoomAnswer.Noted(), send(room, new RoomMessage.RecordingFinished(FIRST)));
    assertEquals(Optional.empty(), room.room.snapshot().recording());
    assertTrue(room.ledger.recordings.isEmpty());
  }

  @Test
  void a_restart_gets_a_new_name_so_the_first_file_is_kept() {
    RoomDriver room = room();
    room.send(new RoomOperation.StartRecording());
    room.send(new RoomOperation.StopRecording());
    assertEquals(new RoomAnswer.NoChange("recording " + FIRST + " is still stopping"),
        send(room, new RoomOperation.StartRecording()));
    send(room, new RoomMessage.RecordingFinished(FIRST));
    room.clock.advance(Duration.ofMinutes(5));
    RoomDecision again = room.send(new RoomOperation.StartRecording());
    assertEquals(List.of(new Command.StartRecording("bridge-1", "team-1-20261122-090500-2", "wav")),
        again.commands());
  }

  @Test
  void a_stop_that_overtakes_recording_started_still_ends_with_recording_finished() {
    RoomDriver room = room();
    room.send(new RoomOperation.StartRecording());
    room.send(new RoomOperation.StopRecording());
    assertEquals(new RoomAnswer.Noted(), send(room, new RoomMessage.RecordingStarted(FIRST)));
    assertEquals(new RoomAnswer.Noted(), send(room, new RoomMessage.RecordingFinished(FIRST)));
    assertInstanceOf(RoomAnswer.Ignored.class, send(room, new RoomMessage.RecordingFinished(FIRST)));
  }

  @Test
  void a_recording_that_fails_to_start_or_while_running_lets_a_new_one_start() {
    RoomDriver room = room();
    room.send(new RoomOperation.StartRecording());
    assertEquals(new RoomAnswer.Noted(), send(room, new RoomMessage.RecordingFailed(FIRST, "no disk")));
    room.send(new RoomOperation.StartRecording());
    String second = "team-1-20261122-090000-2";
    send(room, new RoomMessage.RecordingStarted(second));
    assertEquals(new RoomAnswer.Noted(), send(room, new RoomMessage.RecordingFailed(second, "disk full")));
    assertEquals(new RoomAnswer.Done(), send(room, new RoomOperation.StartRecording()));
  }

  @Test
  void a_recording_may_finish_on_its_own_or_fail_while_stopping() {
    RoomDriver room = room();
    room.send(new RoomOperation.StartRecording());
    send(room, new RoomMessage.RecordingStarted(FIRST));
    assertEquals(new RoomAnswer.Noted(), send(room, new RoomMessage.RecordingFinished(FIRST)));
    assertEquals(new RoomAnswer.NoChange("not recording"), send(room, new RoomOperation.StopRecording()));
    room.send(new RoomOperation.StartRecording());
    room.send(new RoomOperation.StopRecording());
    assertEquals(new RoomAnswer.Noted(),
        send(room, new RoomMessage.RecordingFailed("team-1-20261122-090000-2", "gone")));
  }

  @Test
  void recording_starts_with_the_room_when_the_plan_says_so_and_only_once() {
    RoomDriver room = room(new RecordingPlan("{room}-{seq}", "gsm", true));
    assertEquals(List.of(new Command.StartRecording("bridge-1", "team-1-1", "gsm")),
        room.decisions.get(0).commands(Command.StartRecording.class));
    room.send(new RoomOperation.StopRecording());
    assertTrue(room.join("c1", Role.PLAIN).commands(Command.StartRecording.class).isEmpty());
  }

  @Test
  void the_room_ending_stops_the_recording() {
    RoomDriver room = room();
    room.send(new RoomOperation.StartRecording());
    RoomDecision last = room.hangUp("a1");
    assertEquals(List.of(new Command.StopRecording(FIRST), new Command.DestroyBridge("bridge-1")), last.commands());
    assertTrue(room.ledger.nothingLeft(), room.ledger.toString());
  }

  @Test
  void starting_twice_or_without_a_plan_or_for_a_stranger_recording_changes_nothing() {
    RoomDriver room = room();
    room.send(new RoomOperation.StartRecording());
    assertEquals(new RoomAnswer.NoChange("already recording " + FIRST),
        send(room, new RoomOperation.StartRecording()));
    assertInstanceOf(RoomAnswer.Ignored.class, send(room, new RoomMessage.RecordingStarted("someone-else")));
    RoomDriver plain = new RoomDriver(RoomDriver.template(BridgeProfile.builder().build(),
        RoomDriver.users(Role.PLAIN)), COVERAGE);
    assertEquals(new RoomAnswer.NotAllowed("the room declares no recording"),
        send(plain, new RoomOperation.StartRecording()));
  }

  @Test
  void a_room_nobody_entered_cannot_be_recorded() {
    RoomDriver room = new RoomDriver(RoomDriver.template(
        BridgeProfile.builder().recording(RecordingPlan.onDemand()).build(), RoomDriver.users(Role.PLAIN)),
        COVERAGE);
    assertEquals(new RoomAnswer.NotAllowed("the room has nobody in it"),
        send(room, new RoomOperation.StartRecording()));
  }

  @Test
  void a_duplicate_recording_started_is_reported_as_illegal() {
    RoomDriver room = room();
    room.send(new RoomOperation.StartRecording());
    send(room, new RoomMessage.RecordingStarted(FIRST));
    RoomAnswer.Illegal illegal =
        assertInstanceOf(RoomAnswer.Illegal.class, send(room, new RoomMessage.RecordingStarted(FIRST)));
    assertEquals(RecordingState.RECORDING, illegal.transition().from());
  }
}
