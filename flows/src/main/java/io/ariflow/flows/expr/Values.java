package io.ariflow.flows.expr;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The value rules every part of the language shares, public so the interpreter applies the same ones:
 * which values count as true, how a value reads as text, and how foreign Java values enter the model.
 */
public final class Values {

  private static final int DESCRIBE_LIMIT = 40;

  private Values() {
  }

  /** False for null, false, "", any numeric zero, an empty list and an empty map; true for anything else. */
  public static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Number n) {
      Object number = Numbers.normalize(n);
      return !Numbers.isNumber(number) || !Numbers.isZero(number);
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    return !(value instanceof Map<?, ?> m) || !m.isEmpty();
  }

  /**
   * The text form of a value: numbers in plain digits ({@code 3}, {@code 0.25}), booleans as
   * {@code true}/{@code false}, lists and maps as compact JSON, and {@code null} as the empty string.
   */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number n) {
      Object number = Numbers.normalize(n);
      return Numbers.isNumber(number) ? Numbers.text(number) : number.toString();
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return JsonText.of(value);
    }
    return value.toString();
  }

  /**
   * Brings a value read from a scope into the model: numbers become Long or BigDecimal, strings, booleans,
   * maps and lists stay as they are, anything else becomes its {@code toString()} text.
   */
  public static Object normalize(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Map<?, ?>
        || value instanceof List<?>) {
      return value;
    }
    if (value instanceof Number n) {
      return Numbers.normalize(n);
    }
    return value.toString();
  }

  /** A short description for error messages: {@code text 'abc'}, {@code number 5}, {@code null}... */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      String shown = s.length() > DESCRIBE_LIMIT ? s.substring(0, DESCRIBE_LIMIT) + "..." : s;
      return "text '" + shown + "'";
    }
    if (value instanceof Boolean b) {
      return "boolean " + b;
    }
    if (value instanceof List<?> l) {
      return "a list of " + l.size();
    }
    if (value instanceof Map<?, ?>) {
      return "a map";
    }
    return "number " + text(value);
  }
}
