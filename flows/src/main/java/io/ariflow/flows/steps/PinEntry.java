package io.ariflow.flows.steps;

import io.ariflow.flows.conference.room.RoomAnswer;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;

/**
 * Collects a conference PIN the room asked for: its prompts play with barge-in, digits collect until {@code #},
 * 16 digits or a pause. Silence gives an empty PIN, which the room counts as a wrong one.
 */
final class PinEntry {

  /** A PIN is at most this long (the room refuses longer ones at load time). */
  private static final int MAX_DIGITS = 16;

  private PinEntry() {
  }

  static Future<String> collect(StepContext ctx, RoomAnswer.AskPin ask, Duration timeout) {
    DigitRules rules = new DigitRules(Optional.of("#"), timeout, timeout, digits -> digits.length() >= MAX_DIGITS);
    return DigitCollector.collect(ctx, ask.prompts(), null, rules).map(Collected::digits);
  }
}
