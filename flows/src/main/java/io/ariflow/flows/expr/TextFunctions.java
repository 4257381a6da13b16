package io.ariflow.flows.expr;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text functions. Each accepts any scalar as text (numbers and booleans read as {@link Values#text});
 * null fails, so a missing variable is reported rather than silently treated as empty.
 */
final class TextFunctions {

  private TextFunctions() {
  }

  static List<FunctionDef> all() {
    return List.of(
        FunctionDef.of("len(x)", 1, 1, TextFunctions::len),
        FunctionDef.of("upper(s)", 1, 1, a -> a.text(0).toUpperCase(Locale.ROOT)),
        FunctionDef.of("lower(s)", 1, 1, a -> a.text(0).toLowerCase(Locale.ROOT)),
        FunctionDef.of("trim(s)", 1, 1, a -> a.text(0).strip()),
        FunctionDef.of("substr(s, start[, len])", 2, 3, TextFunctions::substr),
        FunctionDef.of("contains(x, part)", 2, 2, TextFunctions::contains),
        FunctionDef.of("startsWith(s, prefix)", 2, 2, a -> a.text(0).startsWith(a.text(1))),
        FunctionDef.of("endsWith(s, suffix)", 2, 2, a -> a.text(0).endsWith(a.text(1))),
        FunctionDef.of("replace(s, old, new)", 3, 3, TextFunctions::replace),
        FunctionDef.of("concat(a, b, ...)", 2, Integer.MAX_VALUE, TextFunctions::concat));
  }

  private static Object len(Arguments a) {
    if (a.value(0) instanceof List<?> list) {
      return (long) list.size();
    }
    if (a.value(0) instanceof Map<?, ?> map) {
      return (long) map.size();
    }
    return (long) a.text(0).length();
  }

  /** A negative start counts from the end; start and length are clamped to the text. */
  private static Object substr(Arguments a) {
    String s = a.text(0);
    long start = a.whole(1);
    long from = start < 0 ? Math.max(0, s.length() + start) : Math.min(start, s.length());
    long length = a.size() == 3 ? a.whole(2) : s.length();
    if (length < 0) {
      throw a.fail(2, "substr() needs a length of 0 or more, not " + length);
    }
    return s.substring((int) from, (int) (from + Math.min(s.length() - from, length)));
  }

  /** Text containment; for a list, element equality; for a map, key presence. */
  private static Object contains(Arguments a) {
    if (a.value(0) instanceof List<?> list) {
      return list.stream().anyMatch(element -> Comparison.equal(Values.normalize(element), a.value(1)));
    }
    if (a.value(0) instanceof Map<?, ?> map) {
      return map.containsKey(a.text(1));
    }
    return a.text(0).contains(a.text(1));
  }

  /** Replaces every occurrence of literal text; replacing the empty text changes nothing. */
  private static Object replace(Arguments a) {
    String old = a.text(1);
    return old.isEmpty() ? a.text(0) : a.text(0).replace(old, a.text(2));
  }

  private static Object concat(Arguments a) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < a.size(); i++) {
      out.append(a.text(i));
    }
    return out.toString();
  }
}
