package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A PJSIP endpoint: online while registered, with the ids of its channels. */
final class Endpoint {

  final String technology;
  final String resource;
  String state = "offline";
  final java.util.Set<String> channelIds = new java.util.LinkedHashSet<>(2);

  Endpoint(String technology, String resource) {
    this.technology = technology;
    this.resource = resource;
  }

  String key() {
    return technology + "/" + resource;
  }

  JsonObject toJson() {
    return new JsonObject().put("technology", technology).put("resource", resource).put("state", state)
        .put("channel_ids", new JsonArray(new ArrayList<>(channelIds)));
  }
}
