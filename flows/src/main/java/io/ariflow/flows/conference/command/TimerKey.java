package io.ariflow.flows.conference.command;

import java.util.Objects;

/**
 * Names a timer a machine asked for. The adapter arms it on the owner's clock and, when it fires, feeds the same
 * key back as a message: a timer firing is just another input, so tests run on virtual time.
 *
 * @param value the key, unique within its owner (e.g. {@code digits:<channel>})
 */
public record TimerKey(String value) {

  /** Rejects a null or blank key. */
  public TimerKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("timer key must not be blank");
    }
  }

  /** A key made of {@code kind} and {@code subject}, e.g. {@code digits:chan-1}. */
  public static TimerKey of(String kind, String subject) {
    return new TimerKey(kind + ":" + subject);
  }
}
