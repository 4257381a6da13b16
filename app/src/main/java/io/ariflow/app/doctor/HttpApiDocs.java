package io.ariflow.app.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.app.AriTarget;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;

/**
 * Reads {@code /ari/api-docs/*.json} over HTTP. These are not ARI operations, so they are fetched
 * with a plain web client (same Basic credentials, never in the URL).
 */
public final class HttpApiDocs implements ApiDocsSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebClient client;
  private final AriTarget target;

  public HttpApiDocs(Vertx vertx, AriTarget target) {
    this.client = WebClient.create(vertx);
    this.target = target;
  }

  @Override
  public Future<JsonNode> resources() {
    return get("/api-docs/resources.json");
  }

  @Override
  public Future<JsonNode> resource(String name) {
    return get("/api-docs/" + name + ".json");
  }

  private Future<JsonNode> get(String path) {
    return client.getAbs(target.restBase() + path)
        .basicAuthentication(target.user(), target.password())
        .send()
        .compose(response -> response.statusCode() == 200
            ? Future.succeededFuture(response.bodyAsString())
            : Future.failedFuture("GET /ari" + path + " answered " + response.statusCode()))
        .compose(body -> {
          try {
            return Future.succeededFuture(JSON.readTree(body));
          } catch (java.io.IOException e) {
            return Future.failedFuture("GET /ari" + path + " is not JSON: " + e.getMessage());
          }
        });
  }
}
