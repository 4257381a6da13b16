package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.DigitBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the run knows about the caller's channel as the call goes on: answered, early media sent, gone, the
 * digits not yet consumed and the channel variables read. Run-wide (sub-flows share the caller).
 */
final class CallerState {

  private final DigitBuffer digits = new DigitBuffer();
  private final Map<String, Object> channelVariables = new LinkedHashMap<>();
  private boolean answered;
  private boolean earlyMedia;
  private boolean gone;

  CallerState(boolean answered) {
    this.answered = answered;
  }

  DigitBuffer digits() {
    return digits;
  }

  Map<String, Object> channelVariables() {
    return channelVariables;
  }

  boolean answered() {
    return answered;
  }

  void markAnswered() {
    answered = true;
  }

  boolean earlyMedia() {
    return earlyMedia;
  }

  void markEarlyMedia() {
    earlyMedia = true;
  }

  boolean gone() {
    return gone;
  }

  /** Marks the caller gone; returns false when it already was. */
  boolean markGone() {
    boolean first = !gone;
    gone = true;
    return first;
  }
}
