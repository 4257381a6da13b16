package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.spec.RecordingPlan;
import java.util.Optional;

/**
 * The room's recording: starts and stops it (menu, operation, automatically with the room), follows Asterisk's
 * recording events by name, and stops it when the room ends. Each start gets a new name from the plan, so a
 * restart never overwrites the earlier file.
 */
final class Recorder {

  private final RoomModel room;

  Recorder(RoomModel room) {
    this.room = room;
  }

  boolean recording() {
    RecordingState state = room.recording().current();
    return state == RecordingState.STARTING || state == RecordingState.RECORDING;
  }

  Optional<String> liveName() {
    return recording() ? Optional.ofNullable(room.flags().recordingName()) : Optional.empty();
  }

  RoomAnswer start(String why, Effects fx) {
    Optional<RecordingPlan> plan = room.bridge().recording();
    if (plan.isEmpty()) {
      return new RoomAnswer.NotAllowed("the room declares no recording");
    }
    if (room.recording().current() == RecordingState.STOPPING) {
      return new RoomAnswer.NoChange("recording " + room.flags().recordingName() + " is still stopping");
    }
    if (room.recording().current() != RecordingState.IDLE) {
      return new RoomAnswer.NoChange("already recording " + room.flags().recordingName());
    }
    if (!room.flags().bridgeCreated() || room.flags().bridgeDestroyed() || room.closing()) {
      return new RoomAnswer.NotAllowed("the room has nobody in it");
    }
    String name = plan.get().render(room.name(), room.now(), room.flags().nextRecording());
    apply(RecordingInput.START, why, fx);
    room.flags().recordingName(name);
    fx.command(new Command.StartRecording(room.bridgeId(), name, plan.get().format()));
    return new RoomAnswer.Done();
  }

  RoomAnswer stop(String why, Effects fx) {
    if (!recording()) {
      return new RoomAnswer.NoChange("not recording");
    }
    apply(RecordingInput.STOP, why, fx);
    fx.command(new Command.StopRecording(room.flags().recordingName()));
    return new RoomAnswer.Done();
  }

  /** Starts the recording the first time the room becomes active, if the plan says so. */
  void autoStart(Effects fx) {
    boolean wanted = room.bridge().recording().map(RecordingPlan::autoStart).orElse(false);
    if (wanted && !room.flags().autoRecorded()) {
      room.flags().autoRecorded(true);
      start("recording starts with the room", fx);
    }
  }

  void stopForEnd(Effects fx) {
    if (recording()) {
      stop("the room ends", fx);
    }
  }

  /** RecordingStarted, RecordingFinished or RecordingFailed for {@code name}. */
  RoomAnswer event(String name, RecordingInput input, Effects fx) {
    if (!name.equals(room.flags().recordingName()) || room.recording().current() == RecordingState.IDLE) {
      return new RoomAnswer.Ignored("not the room's current recording: " + name);
    }
    var row = room.recording().lookup(input);
    if (row.isEmpty()) {
      return new RoomAnswer.Illegal(room.recording().refuse(room.name(), input, "recording " + name));
    }
    fx.transition(room.recording().apply(row.get(), input + " " + name));
    return new RoomAnswer.Noted();
  }

  private void apply(RecordingInput input, String why, Effects fx) {
    fx.transition(room.recording().apply(room.recording().lookup(input).orElseThrow(), why));
  }
}
