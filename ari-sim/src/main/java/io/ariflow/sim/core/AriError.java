package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;

/**
 * An ARI failure exactly as Asterisk answers it: a status and a JSON body (almost always
 * {@code {"message": ...}}, once {@code {"error": "Allocation failed"}}). Thrown by the core, written by HTTP.
 */
public final class AriError extends RuntimeException {

  private final int status;
  private final JsonObject body;

  public AriError(int status, JsonObject body) {
    super(status + " " + body.encode(), null, false, false);
    this.status = status;
    this.body = body;
  }

  public static AriError of(int status, String message) {
    return new AriError(status, new JsonObject().put("message", message));
  }

  public static AriError notFound(String message) {
    return of(404, message);
  }

  public static AriError badRequest(String message) {
    return of(400, message);
  }

  public int status() {
    return status;
  }

  public JsonObject body() {
    return body;
  }
}
