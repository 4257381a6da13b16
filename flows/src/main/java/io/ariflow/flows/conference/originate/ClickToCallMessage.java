package io.ariflow.flows.conference.originate;

import io.ariflow.flows.conference.command.TimerKey;

/**
 * Events for a click-to-call's two legs, mapped by the adapter from Dial events, hangup causes (17 busy, 19 no
 * answer) and the originate answer; plus our timers and a cancel. Legs are named by the channel ids the machine
 * chose.
 */
public sealed interface ClickToCallMessage {

  /**
   * Dial ANSWER / ChannelStateChange to Up.
   *
   * @param channelId the leg
   */
  record Answered(String channelId) implements ClickToCallMessage {
  }

  /**
   * Dial BUSY or hangup cause 17.
   *
   * @param channelId the leg
   */
  record Busy(String channelId) implements ClickToCallMessage {
  }

  /**
   * Hangup cause 19 or Dial NOANSWER.
   *
   * @param channelId the leg
   */
  record NoAnswer(String channelId) implements ClickToCallMessage {
  }

  /**
   * The originate was refused or the leg failed (congestion, unavailable).
   *
   * @param channelId the leg
   * @param reason why
   */
  record Failed(String channelId, String reason) implements ClickToCallMessage {
  }

  /**
   * The leg hung up after it answered (ChannelHangupRequest / StasisEnd).
   *
   * @param channelId the leg
   */
  record HungUp(String channelId) implements ClickToCallMessage {
  }

  /**
   * A ring timer the machine armed fired.
   *
   * @param key the key from {@code Command.ArmTimer}
   */
  record TimerFired(TimerKey key) implements ClickToCallMessage {
  }

  /** The engine cancels the request. */
  record Cancel() implements ClickToCallMessage {
  }
}
