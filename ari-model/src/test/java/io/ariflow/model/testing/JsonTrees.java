package io.ariflow.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Compares JSON trees the way a round-trip test needs: key order ignored (Jackson's object equality)
 * and numbers by value, so {@code 2} read as an int equals {@code 2} written from a Long.
 */
public final class JsonTrees {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.equals(b)) {
      return 0;
    }
    boolean sameNumber = a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    return sameNumber ? 0 : 1;
  };

  private JsonTrees() {}

  /** True when both trees hold the same data (either may be null). */
  public static boolean same(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    return expected.equals(NUMBERS_BY_VALUE, actual);
  }
}
