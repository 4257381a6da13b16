package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;

/** A finished recording "on disk": name, format and how long it plays. */
record StoredRecording(String name, String format, long durationMs) {

  JsonObject toJson() {
    return new JsonObject().put("name", name).put("format", format);
  }
}
