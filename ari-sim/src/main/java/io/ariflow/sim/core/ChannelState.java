package io.ariflow.sim.core;

/** Asterisk channel states with the labels ARI prints. */
public enum ChannelState {
  DOWN("Down"),
  RSRVD("Rsrvd"),
  OFFHOOK("OffHook"),
  DIALING("Dialing"),
  RING("Ring"),
  RINGING("Ringing"),
  UP("Up"),
  BUSY("Busy");

  private final String label;

  ChannelState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** States in which Asterisk answers 412 "Channel in invalid state" to media operations. */
  public boolean rejectsMedia() {
    return this == DOWN || this == RSRVD || this == OFFHOOK || this == DIALING;
  }
}
