package io.ariflow.flows.expr;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Equality and ordering rules. Two strings are equal only when their text is ({@code "007" != "7"}, so PINs
 * and digits compare as typed); a number equals a string that looks like the same number. Ordering is
 * numeric when both sides are numbers or numeric-looking strings ({@code "10" > "9"}), textual when both are
 * strings otherwise, and undefined for anything else.
 */
final class Comparison {

  private Comparison() {
  }

  static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof String x && b instanceof String y) {
      return x.equals(y);
    }
    if (Numbers.isNumber(a) || Numbers.isNumber(b)) {
      Object x = Numbers.numeric(a);
      Object y = Numbers.numeric(b);
      return x != null && y != null && Numbers.compare(x, y) == 0;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      return equalLists(x, y);
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return equalMaps(x, y);
    }
    return a.equals(b);
  }

  /** The order of two non-null values, or empty when they cannot be ordered. */
  static OptionalInt order(Object a, Object b) {
    Object x = Numbers.numeric(a);
    Object y = Numbers.numeric(b);
    if (x != null && y != null) {
      return OptionalInt.of(Numbers.compare(x, y));
    }
    if (a instanceof String s && b instanceof String t) {
      return OptionalInt.of(Integer.signum(s.compareTo(t)));
    }
    return OptionalInt.empty();
  }

  private static boolean equalLists(List<?> x, List<?> y) {
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!equal(Values.normalize(x.get(i)), Values.normalize(y.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalMaps(Map<?, ?> x, Map<?, ?> y) {
    if (x.size() != y.size()) {
      return false;
    }
    for (Map.Entry<?, ?> entry : x.entrySet()) {
      if (!y.containsKey(entry.getKey())
          || !equal(Values.normalize(entry.getValue()), Values.normalize(y.get(entry.getKey())))) {
        return false;
      }
    }
    return true;
  }
}
