package io.ariflow.app.ari.ws;

import java.time.Duration;

/** Validation shared by the option records, so every message starts with the name of the bad field. */
final class OptionChecks {
  private OptionChecks() {}

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return value;
  }

  static String notBlank(String field, String value) {
    if (required(field, value).isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return value;
  }

  static Duration atLeastOneMilli(String field, Duration value) {
    if (required(field, value).toMillis() < 1) {
      throw new IllegalArgumentException(field + ": must be at least 1 ms, got " + value);
    }
    return value;
  }
}
