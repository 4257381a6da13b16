package io.ariflow.model.event;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event whose {@code type} this model does not know (a newer Asterisk, a module we never modelled).
 * It keeps the raw JSON, so nothing is lost: it re-encodes to exactly what was received, and callers
 * can still log or forward it.
 *
 * @param type the ARI type name as received
 * @param raw the whole event object as received
 */
public record UnknownEvent(String type, @JsonValue JsonNode raw) implements AriEvent {

  @Override
  public String application() {
    return text("application");
  }

  @Override
  public String timestamp() {
    return text("timestamp");
  }

  @Override
  public String asteriskId() {
    return text("asterisk_id");
  }

  private String text(String field) {
    JsonNode value = raw.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
