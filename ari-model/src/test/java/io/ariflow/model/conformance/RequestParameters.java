package io.ariflow.model.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Checks a request record's components against the operation's declared parameters: same order,
 * names by the documented rule (camelCase; {@code Param} appended where the name would clash with an
 * {@code AriRequest} method), and types (lists for {@code allowMultiple}).
 */
final class RequestParameters {

  private static final Set<String> RESERVED =
      Set.of("method", "path", "query", "body", "responseType", "idempotent", "operation", "type");

  private RequestParameters() {}

  static void assertMatches(SpecOperation declared, Class<?> requestType) {
    assertEquals(upperCamel(declared.resource()) + upperCamel(declared.nickname()), requestType.getSimpleName());
    List<RecordComponent> components = Arrays.asList(requestType.getRecordComponents());
    List<String> expectedNames = declared.parameters().stream().map(p -> javaName(p.path("name").asText())).toList();
    assertEquals(expectedNames, components.stream().map(RecordComponent::getName).toList(), declared.name());
    for (int i = 0; i < components.size(); i++) {
      JsonNode p = declared.parameters().get(i);
      String actual = RecordFields.simpleType(components.get(i).getGenericType().getTypeName());
      assertTrue(accepts(p, actual), declared.name() + "." + p.path("name").asText() + " is " + actual);
    }
  }

  private static boolean accepts(JsonNode p, String actual) {
    if (p.path("paramType").asText().equals("body")) {
      return actual.startsWith("Map<") || actual.startsWith("List<") || actual.equals("JsonNode");
    }
    String scalar = RecordFields.javaType(p.path("dataType").asText());
    return actual.equals(p.path("allowMultiple").asBoolean() ? "List<" + scalar + ">" : scalar);
  }

  static String javaName(String specName) {
    String[] parts = specName.split("_");
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    String camel = name.toString();
    return RESERVED.contains(camel) ? camel + "Param" : camel;
  }

  static String upperCamel(String name) {
    String camel = javaName(name).replaceAll("Param$", "");
    return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }
}
