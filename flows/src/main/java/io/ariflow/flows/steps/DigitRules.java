package io.ariflow.flows.steps;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How digits are collected: the terminator key, the timers, and when the entry is complete without waiting
 * for the inter-digit timer (max digits reached, or a match that no further digit could change).
 *
 * @param terminator the key that ends the entry (not part of the digits), empty for none
 * @param firstDigitTimeout wait for the first digit, started when the prompt has finished
 * @param interDigitTimeout wait after each digit
 * @param enough whether the digits so far make a complete entry
 */
public record DigitRules(Optional<String> terminator, Duration firstDigitTimeout, Duration interDigitTimeout,
    Predicate<String> enough) {

  /** Rejects missing parts. */
  public DigitRules {
    Objects.requireNonNull(terminator, "terminator");
    Objects.requireNonNull(firstDigitTimeout, "firstDigitTimeout");
    Objects.requireNonNull(interDigitTimeout, "interDigitTimeout");
    Objects.requireNonNull(enough, "enough");
  }
}
