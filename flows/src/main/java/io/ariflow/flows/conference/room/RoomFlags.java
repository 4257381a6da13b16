package io.ariflow.flows.conference.room;

/**
 * The few facts of a room that are not states: what exists in Asterisk (bridge, bridge music), what the room
 * already did once (auto recording), counters for seats and recordings, and why it ends.
 */
final class RoomFlags {

  private boolean bridgeCreated;
  private boolean bridgeDestroyed;
  private boolean bridgeMoh;
  private boolean participantsMuted;
  private boolean markedWasPresent;
  private boolean autoRecorded;
  private int seats;
  private int recordings;
  private String recordingName;
  private String endReason = "";

  boolean bridgeCreated() {
    return bridgeCreated;
  }

  void bridgeCreated(boolean value) {
    bridgeCreated = value;
  }

  boolean bridgeDestroyed() {
    return bridgeDestroyed;
  }

  void bridgeDestroyed(boolean value) {
    bridgeDestroyed = value;
  }

  boolean bridgeMoh() {
    return bridgeMoh;
  }

  void bridgeMoh(boolean value) {
    bridgeMoh = value;
  }

  boolean participantsMuted() {
    return participantsMuted;
  }

  void participantsMuted(boolean value) {
    participantsMuted = value;
  }

  boolean markedWasPresent() {
    return markedWasPresent;
  }

  void markedWasPresent(boolean value) {
    markedWasPresent = value;
  }

  boolean autoRecorded() {
    return autoRecorded;
  }

  void autoRecorded(boolean value) {
    autoRecorded = value;
  }

  int nextSeat() {
    return ++seats;
  }

  int nextRecording() {
    return ++recordings;
  }

  String recordingName() {
    return recordingName;
  }

  void recordingName(String value) {
    recordingName = value;
  }

  String endReason() {
    return endReason;
  }

  void endReason(String value) {
    endReason = value;
  }
}
