package io.ariflow.flows.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.flows.expr.Template;
import io.ariflow.flows.expr.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON in and out of the {@code http} step: request bodies built from YAML, response bodies into variables. */
final class JsonBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonBodies() {
  }

  /** The YAML value with every string leaf (a parsed template) rendered, as JSON text. */
  static String render(StepContext ctx, Object yaml) {
    try {
      return JSON.writeValueAsString(renderLeaves(ctx, yaml));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the request body as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The body parsed as JSON with numbers in the expression model's types, or empty when it is not JSON. */
  static Optional<Object> parse(String body) {
    String trimmed = body.trim();
    if (trimmed.isEmpty() || !(trimmed.startsWith("{") || trimmed.startsWith("["))) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(normalize(JSON.readValue(trimmed, Object.class)));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static Object renderLeaves(StepContext ctx, Object value) {
    if (value instanceof Template text) {
      return ctx.render(text);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> rendered = new LinkedHashMap<>();
      map.forEach((key, item) -> rendered.put(String.valueOf(key), renderLeaves(ctx, item)));
      return rendered;
    }
    if (value instanceof List<?> list) {
      List<Object> rendered = new ArrayList<>();
      list.forEach(item -> rendered.add(renderLeaves(ctx, item)));
      return rendered;
    }
    return value;
  }

  private static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), normalize(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(normalize(item)));
      return copy;
    }
    return Values.normalize(value);
  }
}
