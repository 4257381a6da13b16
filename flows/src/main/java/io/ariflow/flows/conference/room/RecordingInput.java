package io.ariflow.flows.conference.room;

/** What moves a room's recording: our start and stop, and Asterisk's recording events. */
public enum RecordingInput {
  /** We asked for the bridge to be recorded. */
  START,
  /** RecordingStarted for the current recording. */
  STARTED,
  /** We asked for it to stop (menu, operation, or the room ending). */
  STOP,
  /** RecordingFinished. */
  FINISHED,
  /** RecordingFailed, or the record request was refused. */
  FAILED
}
