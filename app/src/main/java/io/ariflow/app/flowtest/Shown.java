package io.ariflow.app.flowtest;

import io.ariflow.flows.expr.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How expected and actual values are compared and shown: text in quotes (so {@code "1"} and {@code 1} look
 * different, as they are: collected digits are text), numbers by value ({@code 2} equals {@code 2.0}),
 * lists and maps by their JSON.
 */
final class Shown {

  private Shown() {
  }

  /** Whether a value written in a test file equals a flow's value. */
  static boolean same(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Number a && actual instanceof Number b) {
      return new BigDecimal(Values.text(a)).compareTo(new BigDecimal(Values.text(b))) == 0;
    }
    if (expected instanceof List<?> || expected instanceof Map<?, ?>) {
      return (actual instanceof List<?> || actual instanceof Map<?, ?>) && Values.text(expected).equals(Values.text(actual));
    }
    return expected.getClass() == actual.getClass() && expected.equals(actual);
  }

  /** {@code "gold"}, {@code 42}, {@code true}, {@code null}, {@code {"name":"Alice"}}. */
  static String value(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return "\"" + text + "\"";
    }
    return Values.text(value);
  }
}
