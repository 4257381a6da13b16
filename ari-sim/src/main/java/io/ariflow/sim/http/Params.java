package io.ariflow.sim.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;

/**
 * Request parameters as ARI reads them: the query string first, then the top-level fields of a JSON body
 * (ARI accepts both, e.g. {@code {"variables": {...}}} next to query parameters).
 */
final class Params {

  private final RoutingContext ctx;
  private final JsonObject body;

  Params(RoutingContext ctx) {
    this.ctx = ctx;
    this.body = parseBody(ctx);
  }

  String path(String name) {
    return ctx.pathParam(name);
  }

  /** The rest of the path after {@code prefix} (for ids containing slashes, like {@code digits/1}). */
  String tail(String prefix) {
    String path = ctx.normalizedPath();
    int at = path.indexOf(prefix);
    return at < 0 ? "" : java.net.URLDecoder.decode(path.substring(at + prefix.length()),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  String get(String name) {
    String q = ctx.request().getParam(name);
    if (q != null) {
      return q;
    }
    Object v = body == null ? null : body.getValue(name);
    return v == null || v instanceof JsonObject ? null : String.valueOf(v);
  }

  Integer integer(String name) {
    String v = get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  int integer(String name, int fallback) {
    Integer v = integer(name);
    return v == null ? fallback : v;
  }

  boolean bool(String name) {
    return "true".equalsIgnoreCase(get(name)) || "yes".equalsIgnoreCase(get(name));
  }

  /** Comma-separated list; null when absent. */
  List<String> list(String name) {
    String v = get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A JSON object parameter ({@code variables}), given in the body or as JSON text in the query. */
  JsonObject object(String name) {
    if (body != null && body.getValue(name) instanceof JsonObject o) {
      return o;
    }
    String q = ctx.request().getParam(name);
    if (q != null && q.trim().startsWith("{")) {
      JsonObject parsed = new JsonObject(q);
      return parsed.getValue(name) instanceof JsonObject inner ? inner : parsed;
    }
    return null;
  }

  JsonObject body() {
    return body;
  }

  private static JsonObject parseBody(RoutingContext ctx) {
    if (ctx.body() == null || ctx.body().length() == 0) {
      return null;
    }
    try {
      return ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
