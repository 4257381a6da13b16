package io.ariflow.flows.queue.agent;

import java.util.Locale;

/**
 * Asterisk's device states as ARI's DeviceStateChanged reports them, kept per device as an overlay on the
 * agent state: they decide whether an AVAILABLE agent can actually be rung, and feed the join-empty rules.
 */
public enum DeviceState {
  UNKNOWN, NOT_INUSE, INUSE, BUSY, INVALID, UNAVAILABLE, RINGING, RINGINUSE, ONHOLD;

  /** The state named {@code name} (as ARI spells it); {@link #UNKNOWN} for anything else. */
  public static DeviceState parse(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (DeviceState state : values()) {
      if (state.name().equals(upper)) {
        return state;
      }
    }
    return UNKNOWN;
  }

  /** Free to ring: not in use, or unknown (app_queue rings unknown devices). */
  public boolean idle() {
    return this == NOT_INUSE || this == UNKNOWN;
  }

  /** The device exists and is registered. */
  public boolean reachable() {
    return this != INVALID && this != UNAVAILABLE;
  }

  /** Whether the device may be rung: idle, or merely busy when ring-in-use allows it. */
  public boolean ringable(boolean ringInUse) {
    return idle() || ringInUse && reachable();
  }
}
