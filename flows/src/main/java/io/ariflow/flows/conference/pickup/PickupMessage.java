package io.ariflow.flows.conference.pickup;

/** Events for one ringing call, mapped by the adapter or sent by the call's owner. */
public sealed interface PickupMessage {

  /** Caller and picker are both in the pickup bridge (the addChannel answers came back). */
  record Bridged() implements PickupMessage {
  }

  /**
   * A rung leg answered.
   *
   * @param legChannel the leg
   */
  record LegAnswered(String legChannel) implements PickupMessage {
  }

  /** The caller hung up. */
  record CallerGone() implements PickupMessage {
  }

  /** The picker hung up. */
  record PickerGone() implements PickupMessage {
  }

  /** The owner stopped ringing. */
  record Withdrawn() implements PickupMessage {
  }
}
