package io.ariflow.app.flowtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variable named in {@code expect.variables}: a flow variable, or a path into one ({@code customer.name},
 * {@code items[0].sku}). Reading a missing key or index gives empty ("not set").
 */
final class VariablePath {

  private static final Pattern PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

  private VariablePath() {
  }

  /**
   * A value that was found; {@code value} may be null (the variable exists without a value).
   *
   * @param value the value
   */
  record Found(Object value) {
  }

  /** The value at {@code path} in {@code variables}; empty when some part does not exist. */
  static Optional<Found> read(Map<String, Object> variables, String path) {
    if (variables.containsKey(path)) {
      return Optional.of(new Found(variables.get(path)));
    }
    Object current = variables;
    for (Object part : parts(path)) {
      if (part instanceof String key && current instanceof Map<?, ?> map && map.containsKey(key)) {
        current = map.get(key);
      } else if (part instanceof Integer index && current instanceof List<?> list && index < list.size()) {
        current = list.get(index);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new Found(current));
  }

  private static List<Object> parts(String path) {
    List<Object> parts = new ArrayList<>();
    Matcher m = PART.matcher(path);
    while (m.find()) {
      parts.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
    }
    return parts;
  }
}
