package io.ariflow.model.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds a JSON object for any spec model with every property set to a value of its declared type
 * (nested models filled recursively), so a round trip proves each property maps losslessly, including
 * the ones no trace exercised.
 */
final class SampleJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 4;

  private final AriSpec spec;

  SampleJson(AriSpec spec) {
    this.spec = spec;
  }

  /** A full sample of a model; for events the {@code type} field is set to the model name. */
  ObjectNode of(String model) {
    ObjectNode sample = object(model, 0);
    if (spec.eventTypes().contains(model)) {
      sample.put("type", model);
    }
    return sample;
  }

  private ObjectNode object(String model, int depth) {
    ObjectNode node = NODES.objectNode();
    spec.properties(model).forEach((name, property) -> {
      JsonNode value = value(property.path("type").asText(), name, depth);
      if (value != null) {
        node.set(name, value);
      }
    });
    return node;
  }

  private JsonNode value(String type, String name, int depth) {
    if (type.startsWith("List[")) {
      JsonNode item = value(type.substring(5, type.length() - 1), name, depth);
      ArrayNode array = NODES.arrayNode();
      return item == null ? array : array.add(item);
    }
    return switch (type) {
      case "string" -> NODES.textNode(name + " value/with;odd@chars");
      case "Date" -> NODES.textNode("2026-11-22T10:00:00.123+0000");
      case "int", "long" -> NODES.numberNode(7);
      case "double" -> NODES.numberNode(1.25);
      case "boolean" -> NODES.booleanNode(true);
      case "object" -> NODES.objectNode().put("KEY", "value");
      default -> depth < MAX_DEPTH && spec.models().containsKey(type) ? object(type, depth + 1) : null;
    };
  }
}
