package io.ariflow.sim.http;

import io.ariflow.sim.core.SimCore;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/** {@code /applications} (list, get, subscriptions, event filter) and {@code /events/user}. */
final class AppRoutes {

  private AppRoutes() {}

  static void register(Router r, Supplier<SimCore> core) {
    String app = "/ari/applications/:applicationName";
    r.get("/ari/applications").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.subscriptions().list())));
    r.get(app).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.subscriptions().get(p.path("applicationName")))));
    r.post(app + "/subscription").handler(AriRoute.of(core, (p, c) -> Reply.ok(
        c.subscriptions().subscribe(p.path("applicationName"), p.get("eventSource")))));
    r.delete(app + "/subscription").handler(AriRoute.of(core, (p, c) -> Reply.ok(
        c.subscriptions().unsubscribe(p.path("applicationName"), p.get("eventSource")))));
    r.put(app + "/eventFilter").handler(AriRoute.of(core, (p, c) -> Reply.ok(
        c.subscriptions().eventFilter(p.path("applicationName"), p.body()))));
    r.post("/ari/events/user/:eventName").handler(AriRoute.of(core, (p, c) -> {
      c.subscriptions().userEvent(p.path("eventName"), p.get("application"), p.get("source"),
          p.object("variables"));
      return Reply.noContent();
    }));
  }
}
