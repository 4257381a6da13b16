package io.ariflow.sim.http;

import io.ariflow.sim.core.AriError;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** What a route answers: a status and an optional JSON body (JsonObject/JsonArray) or raw text. */
record Reply(int status, Object body) {

  static Reply ok(Object body) {
    return new Reply(200, body);
  }

  static Reply created(Object body) {
    return new Reply(201, body);
  }

  static Reply noContent() {
    return new Reply(204, null);
  }

  static void write(RoutingContext ctx, Reply reply) {
    HttpServerResponse response = ctx.response().setStatusCode(reply.status);
    if (reply.body == null) {
      response.end();
    } else if (reply.body instanceof io.vertx.core.buffer.Buffer buffer) {
      response.putHeader("Content-Type", "audio/wav").end(buffer);
    } else {
      String text = reply.body instanceof String s ? s : io.vertx.core.json.Json.encode(reply.body);
      response.putHeader("Content-Type", "application/json").end(text);
    }
  }

  static void error(RoutingContext ctx, AriError error) {
    write(ctx, new Reply(error.status(), error.body()));
  }

  static void message(RoutingContext ctx, int status, String message) {
    write(ctx, new Reply(status, new JsonObject().put("message", message)));
  }
}
