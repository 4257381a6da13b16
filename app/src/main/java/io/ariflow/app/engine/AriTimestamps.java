package io.ariflow.app.engine;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads ARI's timestamps ({@code 2026-11-22T07:30:23.963+0000}), which are Asterisk's clock, not ours. */
final class AriTimestamps {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private AriTimestamps() {}

  static Optional<OffsetDateTime> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, FORMAT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** True when {@code candidate} is strictly later than {@code reference}; false when either is unreadable. */
  static boolean isAfter(String candidate, String reference) {
    Optional<OffsetDateTime> ref = parse(reference);
    return parse(candidate).flatMap(c -> ref.map(c::isAfter)).orElse(false);
  }
}
