package io.ariflow.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.OperationInfo;
import io.ariflow.model.testing.TraceExchange;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the request record for a recorded REST call (path parameters from the path, query strings
 * converted to the component types, body parameters from the JSON body), so the test can check that
 * the record sends exactly what the recorder sent to a real Asterisk.
 */
final class TraceRequests {

  private TraceRequests() {}

  static AriRequest<?> rebuild(SpecOperation declared, OperationInfo op, TraceExchange exchange, ObjectMapper mapper)
      throws ReflectiveOperationException {
    Map<String, String> pathParams = op.match(exchange.method(), TracePaths.encode(exchange.path())).orElseThrow();
    RecordComponent[] components = op.requestType().getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      JsonNode param = declared.parameters().get(i);
      String name = param.path("name").asText();
      args[i] = switch (param.path("paramType").asText()) {
        case "path" -> pathParams.get(name);
        case "query" -> fromQuery(exchange.query().get(name), components[i].getType());
        default -> fromBody(exchange.requestBody(), name, components[i], mapper);
      };
    }
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    return (AriRequest<?>) op.requestType().getDeclaredConstructor(types).newInstance(args);
  }

  private static Object fromQuery(String value, Class<?> type) {
    if (value == null || type == String.class) {
      return value;
    }
    if (type == Integer.class) {
      return Integer.valueOf(value);
    }
    if (type == Long.class) {
      return Long.valueOf(value);
    }
    if (type == Boolean.class) {
      return Boolean.valueOf(value);
    }
    if (type == List.class) {
      return Arrays.asList(value.split(",", -1));
    }
    throw new AssertionError("unexpected query component type " + type);
  }

  private static Object fromBody(JsonNode body, String name, RecordComponent component, ObjectMapper mapper) {
    if (body == null || !body.has(name)) {
      return null;
    }
    return mapper.convertValue(body.get(name), mapper.constructType(component.getGenericType()));
  }
}
