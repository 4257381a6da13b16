package io.ariflow.model.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the query map of a request the way Asterisk expects it: declaration order, absent (null)
 * parameters left out, multi-valued parameters joined with commas ({@code channel=a,b,c}).
 * Values stay unencoded; the transport encodes them.
 */
public final class QueryParams {

  private final Map<String, String> values = new LinkedHashMap<>();

  /** Adds a parameter unless it is null; lists are comma-joined, other values use {@code toString}. */
  public QueryParams add(String name, Object value) {
    if (value instanceof List<?> list) {
      values.put(name, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
    } else if (value != null) {
      values.put(name, value.toString());
    }
    return this;
  }

  /** The parameters added so far, as an unmodifiable map in insertion order. */
  public Map<String, String> build() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
