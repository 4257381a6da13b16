package io.ariflow.sim.http;

import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Serves the bundled Asterisk 22.10.1 Swagger 1.1 documents, with basePath pointing at this server. */
final class ApiDocsRoutes {

  private ApiDocsRoutes() {}

  static void register(Router r) {
    r.get("/ari/api-docs/:file").handler(ctx -> {
      String file = ctx.pathParam("file");
      String doc = file.matches("[A-Za-z]+\\.json") ? load(file) : null;
      if (doc == null) {
        Reply.message(ctx, 404, "Resource not found");
        return;
      }
      String host = ctx.request().authority() == null ? "localhost:8088" : ctx.request().authority().toString();
      ctx.response().putHeader("Content-Type", "application/json")
          .end(doc.replace("http://localhost:8088/ari", "http://" + host + "/ari"));
    });
  }

  private static String load(String file) {
    try (InputStream in = ApiDocsRoutes.class.getResourceAsStream("/io/ariflow/sim/api-docs/" + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
