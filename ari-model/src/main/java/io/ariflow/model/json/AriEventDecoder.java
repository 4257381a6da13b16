package io.ariflow.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.AriEventTypes;
import io.ariflow.model.event.UnknownEvent;
import java.util.function.Supplier;

/**
 * Turns events WebSocket messages into {@link AriEvent} records, choosing the record by the {@code type}
 * field through the generated {@link AriEventTypes} registry. A type this model does not know becomes an
 * {@link UnknownEvent} with the raw JSON, so a newer Asterisk never breaks decoding; input that is not an
 * event at all raises an {@link AriDecodeException}.
 */
public final class AriEventDecoder {

  private final ObjectMapper mapper;

  /** A decoder with its own {@link AriJson} mapper. */
  public AriEventDecoder() {
    this(AriJson.newMapper());
  }

  /** A decoder sharing a mapper configured by {@link AriJson#newMapper()}. */
  public AriEventDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Decodes one WebSocket text message. */
  public AriEvent decode(String json) {
    if (json == null || json.isBlank()) {
      throw new AriDecodeException("empty message", json, null);
    }
    try {
      return decode(mapper.readTree(json), () -> json);
    } catch (JsonProcessingException e) {
      throw new AriDecodeException("malformed JSON (" + e.getOriginalMessage() + ")", json, e);
    }
  }

  /** Decodes an already parsed message. */
  public AriEvent decode(JsonNode node) {
    return decode(node, () -> String.valueOf(node));
  }

  /** {@code input} renders the original text only when an error message needs it. */
  private AriEvent decode(JsonNode node, Supplier<String> input) {
    if (node == null || !node.isObject()) {
      throw new AriDecodeException("expected a JSON object", input.get(), null);
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual() || type.asText().isEmpty()) {
      throw new AriDecodeException("missing or non-text \"type\" field", input.get(), null);
    }
    return AriEventTypes.forType(type.asText())
        .<AriEvent>map(eventClass -> bind(node, eventClass, input))
        .orElseGet(() -> new UnknownEvent(type.asText(), node));
  }

  private AriEvent bind(JsonNode node, Class<? extends AriEvent> eventClass, Supplier<String> input) {
    try {
      return mapper.treeToValue(node, eventClass);
    } catch (JsonProcessingException e) {
      throw new AriDecodeException(cannotDecode(eventClass, describe(e)), input.get(), e);
    } catch (IllegalArgumentException e) {
      throw new AriDecodeException(cannotDecode(eventClass, e.getMessage()), input.get(), e);
    }
  }

  private static String cannotDecode(Class<? extends AriEvent> eventClass, String why) {
    return "cannot decode " + eventClass.getSimpleName() + " (" + why + ")";
  }

  private static String describe(JsonProcessingException e) {
    String where = e instanceof JsonMappingException mapping ? " at " + mapping.getPathReference() : "";
    return e.getOriginalMessage() + where;
  }
}
