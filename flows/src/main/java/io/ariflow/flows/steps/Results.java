package io.ariflow.flows.steps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies result maps in order, leaving out null values (a missing result reads as null anyway). */
final class Results {

  private Results() {
  }

  static Map<String, Object> copy(Map<String, Object> results) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (results != null) {
      results.forEach((key, value) -> {
        if (value != null) {
          copy.put(key, value);
        }
      });
    }
    return Collections.unmodifiableMap(copy);
  }
}
