package io.ariflow.flows.conference.pickup;

import java.util.Locale;

/** What a picker's step reports: it got the call, or why not. */
public enum PickupOutcome {
  /** Caller and picker are connected. */
  PICKED_UP,
  /** No call rings where the picker may pick up. */
  NOTHING_TO_PICK_UP,
  /** Another picker was faster. */
  ALREADY_PICKED,
  /** The caller hung up before the bridge was made. */
  CALLER_GONE,
  /** The picker hung up before the bridge was made. */
  PICKER_GONE;

  /** The outcome as flows name it, e.g. {@code picked-up}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
