package io.ariflow.flows.conference.room;

/**
 * The recording overlay of a room: STARTING after the record request until RecordingStarted, STOPPING after
 * the stop request until RecordingFinished.
 */
public enum RecordingState {
  IDLE, STARTING, RECORDING, STOPPING
}
