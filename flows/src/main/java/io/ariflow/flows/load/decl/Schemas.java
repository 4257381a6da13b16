package io.ariflow.flows.load.decl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for JSON Schema fragments, as ordered maps so the generated file is stable. */
public final class Schemas {

  private Schemas() {
  }

  /** An ordered map from alternating keys and values. */
  public static Map<String, Object> of(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** {@code {"type": type}}. */
  public static Map<String, Object> type(String type) {
    return of("type", type);
  }

  /** A string matching {@code pattern}. */
  public static Map<String, Object> pattern(String pattern) {
    return of("type", "string", "pattern", pattern);
  }

  /** One of several schemas. */
  public static Map<String, Object> anyOf(Object... schemas) {
    return of("anyOf", List.of(schemas));
  }

  /** A list whose items follow {@code items}. */
  public static Map<String, Object> arrayOf(Map<String, Object> items) {
    return of("type", "array", "items", items);
  }

  /** A mapping whose values follow {@code values}. */
  public static Map<String, Object> mapOf(Map<String, Object> values) {
    return of("type", "object", "additionalProperties", values);
  }

  /** A scalar YAML may write as text, number or boolean (templates accept all three). */
  public static Map<String, Object> scalarText() {
    return of("type", List.of("string", "number", "boolean"));
  }
}
