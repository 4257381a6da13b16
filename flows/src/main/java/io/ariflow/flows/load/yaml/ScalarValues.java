package io.ariflow.flows.load.yaml;

import java.math.BigInteger;
import java.util.Locale;

/** Converts a scalar to the plain Java value YAML resolved (used for variables, custom params, JSON bodies). */
final class ScalarValues {

  private ScalarValues() {
  }

  static Object plain(YamlScalar scalar) {
    String text = scalar.text();
    return switch (scalar.type()) {
      case INTEGER -> integer(text);
      case DECIMAL -> decimal(text);
      case BOOLEAN -> booleanValue(text);
      case NULL -> null;
      case STRING -> text;
    };
  }

  private static Object integer(String text) {
    String digits = text.replace("_", "");
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return parseBig(digits, text);
    }
  }

  private static Object parseBig(String digits, String text) {
    try {
      return new BigInteger(digits);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Object decimal(String text) {
    try {
      return Double.parseDouble(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Boolean booleanValue(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
  }
}
