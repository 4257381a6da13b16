package io.ariflow.model.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a model record's JSON field names and Java types, and checks them against the spec model. */
final class RecordFields {

  private RecordFields() {}

  /** JSON name (from {@code @JsonProperty}, else the component name) to simple Java type. */
  static Map<String, String> of(Class<?> record) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      JsonProperty json = component.getAccessor().getAnnotation(JsonProperty.class);
      String name = json == null ? component.getName() : json.value();
      fields.put(name, simpleType(component.getGenericType().getTypeName()));
    }
    return fields;
  }

  static void assertMatches(AriSpec spec, String model, Map<String, String> fields) {
    Map<String, JsonNode> declared = spec.properties(model);
    assertEquals(declared.keySet(), fields.keySet(), model + " fields");
    declared.forEach((name, property) -> {
      String expected = javaType(property.path("type").asText());
      String actual = fields.get(name);
      boolean widened = expected.equals("Integer") && actual.equals("Long");
      assertTrue(expected.equals(actual) || widened, model + "." + name + ": " + actual + " for " + expected);
    });
  }

  static String javaType(String specType) {
    if (specType.startsWith("List[")) {
      return "List<" + javaType(specType.substring(5, specType.length() - 1)) + ">";
    }
    return switch (specType) {
      case "string", "Date" -> "String";
      case "int" -> "Integer";
      case "long" -> "Long";
      case "double" -> "Double";
      case "boolean" -> "Boolean";
      case "object" -> "JsonNode";
      default -> specType;
    };
  }

  static String simpleType(String typeName) {
    return typeName.replaceAll("[a-zA-Z0-9_]+\\.", "");
  }
}
