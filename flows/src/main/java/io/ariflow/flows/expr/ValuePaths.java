package io.ariflow.flows.expr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks JSON-like values one path segment at a time; shared by {@link MapScope}, by index expressions and by
 * any {@link Scope} the interpreter builds. A missing key, an index out of range or a step into a value that
 * is neither a map nor a list gives "no value", never an error.
 */
public final class ValuePaths {

  private ValuePaths() {
  }

  /** The value at {@code path} below {@code root}, or empty when any step finds nothing. */
  public static Optional<Object> walk(Object root, List<String> path) {
    Object current = root;
    for (String segment : path) {
      current = step(current, segment);
      if (current == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(current);
  }

  /**
   * One step: a map key, or a list index written in decimal ({@code -1} is the last element); {@code null}
   * when there is nothing there.
   */
  public static Object step(Object container, String segment) {
    if (container instanceof Map<?, ?> map) {
      return map.get(segment);
    }
    if (container instanceof List<?> list) {
      return element(list, segment);
    }
    return null;
  }

  private static Object element(List<?> list, String segment) {
    int index = parseIndex(segment);
    if (index == Integer.MIN_VALUE) {
      return null;
    }
    int effective = index < 0 ? list.size() + index : index;
    return effective >= 0 && effective < list.size() ? list.get(effective) : null;
  }

  private static int parseIndex(String segment) {
    int start = segment.startsWith("-") ? 1 : 0;
    if (segment.length() == start || segment.length() - start > 9) {
      return Integer.MIN_VALUE;
    }
    for (int i = start; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return Integer.MIN_VALUE;
      }
    }
    return Integer.parseInt(segment);
  }
}
