package io.ariflow.app.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;

/** Reads an Asterisk's own ARI description: {@code /ari/api-docs/resources.json} and one file per resource. */
public interface ApiDocsSource {

  Future<JsonNode> resources();

  /** The description of one resource, e.g. {@code channels} or {@code events}. */
  Future<JsonNode> resource(String name);
}
