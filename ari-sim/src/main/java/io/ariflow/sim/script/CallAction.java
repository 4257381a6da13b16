package io.ariflow.sim.script;

import java.time.Duration;

/**
 * What a scripted caller does at one step of its script, written {@code press 1}, {@code hangup}, ... in YAML
 * (and shown the same way by {@code toString}).
 */
public sealed interface CallAction {

  /** Sends RFC 2833 digits ({@code 0-9 * # A-D}), one ChannelDtmfReceived each. */
  record Press(String digits) implements CallAction {
    @Override
    public String toString() {
      return "press " + digits;
    }
  }

  /** Hangs up (BYE). */
  record Hangup() implements CallAction {
    @Override
    public String toString() {
      return "hangup";
    }
  }

  /** Puts the call on hold (re-INVITE sendonly): ChannelHold. */
  record Hold() implements CallAction {
    @Override
    public String toString() {
      return "hold";
    }
  }

  /** Takes the call off hold: ChannelUnhold. */
  record Unhold() implements CallAction {
    @Override
    public String toString() {
      return "unhold";
    }
  }

  /** Speaks for a while (talk events if the engine set TALK_DETECT). */
  record Talk(Duration length) implements CallAction {
    @Override
    public String toString() {
      return "talk " + Durations.format(length);
    }
  }

  static CallAction press(String digits) {
    return new Press(digits);
  }

  static CallAction hangup() {
    return new Hangup();
  }

  static CallAction hold() {
    return new Hold();
  }

  static CallAction unhold() {
    return new Unhold();
  }

  static CallAction talk(Duration length) {
    return new Talk(length);
  }
}
