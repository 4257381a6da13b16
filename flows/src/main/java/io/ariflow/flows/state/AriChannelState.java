package io.ariflow.flows.state;

/**
 * The channel state ARI reports in every channel snapshot ({@code Channel.state}), from Asterisk's
 * {@code ast_state2str}. A value this build does not know parses to {@link #UNKNOWN} so that a newer
 * Asterisk never breaks event handling.
 */
public enum AriChannelState {
  DOWN("Down"),
  RSRVD("Rsrvd"),
  OFFHOOK("OffHook"),
  DIALING("Dialing"),
  RING("Ring"),
  RINGING("Ringing"),
  UP("Up"),
  BUSY("Busy"),
  DIALING_OFFHOOK("Dialing Offhook"),
  PRE_RING("Pre-ring"),
  UNKNOWN("Unknown");

  private final String ariName;

  AriChannelState(String ariName) {
    this.ariName = ariName;
  }

  /** The string ARI uses, e.g. {@code Dialing Offhook}. */
  public String ariName() {
    return ariName;
  }

  /** Parses an ARI state string; unknown or missing values (and Asterisk's "Unknown (n)") give UNKNOWN. */
  public static AriChannelState parse(String value) {
    if (value != null) {
      for (AriChannelState state : values()) {
        if (state.ariName.equals(value)) {
          return state;
        }
      }
    }
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return ariName;
  }
}
