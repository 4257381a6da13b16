package io.ariflow.model.conformance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.OperationInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds a request of any operation through its generated {@code of(...)} factory, with awkward sample
 * values (ids with {@code /}, {@code ;}, {@code @} and spaces), so generic tests can exercise every
 * request class.
 */
final class RequestSamples {

  static final String SAMPLE_ID = "Local/answer@answer-wait-00000001;2 x";

  private RequestSamples() {}

  static AriRequest<?> of(OperationInfo operation) {
    Method factory = Arrays.stream(operation.requestType().getMethods())
        .filter(m -> m.getName().equals("of") && Modifier.isStatic(m.getModifiers()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(operation.name() + " has no static of(...)"));
    Object[] args = Arrays.stream(factory.getParameterTypes()).map(RequestSamples::sample).toArray();
    try {
      return (AriRequest<?>) factory.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(operation.name() + ".of failed", e);
    }
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return SAMPLE_ID;
    }
    if (type == Integer.class) {
      return 5;
    }
    if (type == Long.class) {
      return 6L;
    }
    if (type == Boolean.class) {
      return Boolean.TRUE;
    }
    if (type == List.class) {
      return List.of("a", "b");
    }
    if (type == Map.class) {
      return Map.of("KEY", "value");
    }
    return JsonNodeFactory.instance.objectNode().put("KEY", "value");
  }
}
