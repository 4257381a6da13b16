package io.ariflow.app.observability;

import io.ariflow.app.ari.ws.ConnectionState;
import io.ariflow.app.ari.ws.ConnectionStatus;
import io.ariflow.app.engine.Engine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/**
 * ariflow's own HTTP endpoint for orchestrators: {@code /health} answers 200 while the events connection
 * to Asterisk is up and 503 when it is connecting, degraded or replaced, with the details as JSON;
 * {@code /health/live} answers 200 while the process runs.
 */
public final class HealthServer {
  private final Vertx vertx;
  private final Supplier<ConnectionStatus> connection;
  private final Engine engine;
  private HttpServer server;

  public HealthServer(Vertx vertx, Supplier<ConnectionStatus> connection, Engine engine) {
    this.vertx = vertx;
    this.connection = connection;
    this.engine = engine;
  }

  /** Listens on {@code port} (0 picks a free one); the future holds the actual port. */
  public Future<Integer> listen(String host, int port) {
    Router router = Router.router(vertx);
    router.get("/health/live").handler(ctx -> ctx.json(new JsonObject().put("status", "UP")));
    router.get("/health").handler(this::health);
    return vertx.createHttpServer().requestHandler(router).listen(port, host)
        .map(s -> {
          server = s;
          return s.actualPort();
        });
  }

  private void health(RoutingContext ctx) {
    ConnectionStatus status = connection.get();
    engine.stats().onComplete(stats -> {
      JsonObject ari = new JsonObject()
          .put("state", status.state().name())
          .put("since", status.since().toString())
          .put("generation", status.generation())
          .put("attempts", status.attempts());
      status.lastFailure().ifPresent(f -> ari.put("lastFailure", f));
      JsonObject body = new JsonObject()
          .put("status", status.state() == ConnectionState.CONNECTED ? "UP" : "DOWN")
          .put("ari", ari);
      if (stats.succeeded()) {
        body.put("calls", stats.result().calls()).put("bridges", stats.result().bridges());
      }
      ctx.response().setStatusCode(status.state() == ConnectionState.CONNECTED ? 200 : 503);
      ctx.json(body);
    });
  }

  public Future<Void> close() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
