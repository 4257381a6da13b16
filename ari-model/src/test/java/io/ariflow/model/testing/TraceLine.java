package io.ariflow.model.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a trace: {@code seq} (file order), {@code t} (seconds since the scenario started),
 * {@code kind} ({@code request}, {@code response}, {@code event}, {@code ws}, {@code note}) and the whole
 * line as JSON for the kind-specific fields (see {@code shared/ari/traces/README.md}).
 *
 * @param seq position in the file, from 1
 * @param t seconds since the scenario started (harness clock; events can be earlier than a response)
 * @param kind the line kind
 * @param line the whole line
 */
public record TraceLine(int seq, double t, String kind, JsonNode line) {

  static TraceLine of(JsonNode line) {
    return new TraceLine(line.path("seq").asInt(), line.path("t").asDouble(), line.path("kind").asText(), line);
  }

  /** For {@code event} lines: the WebSocket message exactly as received. */
  public JsonNode event() {
    return line.get("event");
  }

  /** For {@code event} lines: the event's {@code type}, e.g. {@code StasisStart}. */
  public String eventType() {
    return line.path("event").path("type").asText(null);
  }

  /** Whether this is a line of the given kind. */
  public boolean is(String expectedKind) {
    return kind.equals(expectedKind);
  }
}
