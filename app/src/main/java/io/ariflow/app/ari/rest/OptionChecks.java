package io.ariflow.app.ari.rest;

import java.time.Duration;

/** Validation helpers for the option records: every message starts with the name of the bad field. */
final class OptionChecks {

  private OptionChecks() {}

  static void require(boolean valid, String field, String rule, Object actual) {
    if (!valid) {
      throw new IllegalArgumentException(field + " " + rule + ", was " + actual);
    }
  }

  static void atLeast(int value, int minimum, String field) {
    require(value >= minimum, field, "must be at least " + minimum, value);
  }

  static void positive(Duration value, String field) {
    require(value != null && !value.isNegative() && !value.isZero(), field, "must be a positive duration",
        value);
  }
}
