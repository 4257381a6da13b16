package io.ariflow.sim.http;

import io.ariflow.sim.core.AriError;
import io.ariflow.sim.core.SimCore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/** {@code /asterisk}, {@code /endpoints}, {@code /deviceStates}, {@code /mailboxes} and {@code /sounds}. */
final class SystemRoutes {

  private SystemRoutes() {}

  static void register(Router r, Supplier<SimCore> core) {
    r.get("/ari/asterisk/info").handler(AriRoute.of(core, (p, c) -> Reply.ok(AsteriskInfo.info(c, p.list("only")))));
    r.get("/ari/asterisk/ping").handler(AriRoute.of(core, (p, c) -> Reply.ok(AsteriskInfo.ping(c))));
    r.get("/ari/asterisk/variable").handler(AriRoute.of(core, (p, c) -> Reply.ok(new JsonObject()
        .put("value", c.globals().getOrDefault(requiredVariable(p), "")))));
    r.post("/ari/asterisk/variable").handler(AriRoute.of(core, (p, c) -> {
      c.globals().put(requiredVariable(p), p.get("value") == null ? "" : p.get("value"));
      return Reply.noContent();
    }));
    r.get("/ari/asterisk/modules").handler(AriRoute.of(core, (p, c) -> Reply.ok(AsteriskInfo.modules())));
    r.get("/ari/asterisk/modules/:moduleName").handler(AriRoute.of(core, (p, c) ->
        Reply.ok(AsteriskInfo.module(p.path("moduleName")))));
    for (String method : new String[] {"post", "put", "delete"}) {
      r.route(io.vertx.core.http.HttpMethod.valueOf(method.toUpperCase()), "/ari/asterisk/modules/:moduleName")
          .handler(AriRoute.of(core, (p, c) -> {
            AsteriskInfo.module(p.path("moduleName"));
            return Reply.noContent();
          }));
    }
    r.get("/ari/asterisk/logging").handler(AriRoute.of(core, (p, c) -> Reply.ok(AsteriskInfo.logging())));
    r.route("/ari/asterisk/logging/:logChannelName*").handler(AriRoute.of(core, (p, c) -> Reply.noContent()));
    r.route("/ari/asterisk/config/dynamic/:configClass/:objectType/:id").handler(AriRoute.of(core, (p, c) -> {
      throw AriError.notFound("Object not found");
    }));
    registerEndpoints(r, core);
    registerDevicesAndMailboxes(r, core);
    registerSounds(r, core);
  }

  private static void registerEndpoints(Router r, Supplier<SimCore> core) {
    r.get("/ari/endpoints").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.endpoints().list(null))));
    r.put("/ari/endpoints/sendMessage").handler(AriRoute.of(core, (p, c) -> new Reply(202, null)));
    r.post("/ari/endpoints/refer").handler(AriRoute.of(core, (p, c) -> new Reply(202, null)));
    r.get("/ari/endpoints/:tech").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.endpoints().list(p.path("tech")))));
    r.get("/ari/endpoints/:tech/:resource").handler(AriRoute.of(core, (p, c) ->
        Reply.ok(c.endpoints().get(p.path("tech"), p.path("resource")))));
    r.put("/ari/endpoints/:tech/:resource/sendMessage").handler(AriRoute.of(core, (p, c) -> {
      c.endpoints().requireExists(p.path("tech"), p.path("resource"));
      return new Reply(202, null);
    }));
    r.post("/ari/endpoints/:tech/:resource/refer").handler(AriRoute.of(core, (p, c) -> {
      c.endpoints().requireExists(p.path("tech"), p.path("resource"));
      return new Reply(202, null);
    }));
  }

  private static void registerDevicesAndMailboxes(Router r, Supplier<SimCore> core) {
    String dev = "/ari/deviceStates/:deviceName";
    r.get("/ari/deviceStates").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.deviceStates().list())));
    r.get(dev).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.deviceStates().get(p.path("deviceName")))));
    r.put(dev).handler(AriRoute.of(core, (p, c) -> {
      c.deviceStates().put(p.path("deviceName"), p.get("deviceState"));
      return Reply.noContent();
    }));
    r.delete(dev).handler(AriRoute.of(core, (p, c) -> {
      c.deviceStates().delete(p.path("deviceName"));
      return Reply.noContent();
    }));
    String box = "/ari/mailboxes/:mailboxName";
    r.get("/ari/mailboxes").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.mailboxes().list())));
    r.get(box).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.mailboxes().get(p.path("mailboxName")))));
    r.put(box).handler(AriRoute.of(core, (p, c) -> {
      c.mailboxes().put(p.path("mailboxName"), p.integer("oldMessages", 0), p.integer("newMessages", 0));
      return Reply.noContent();
    }));
    r.delete(box).handler(AriRoute.of(core, (p, c) -> {
      c.mailboxes().delete(p.path("mailboxName"));
      return Reply.noContent();
    }));
  }

  private static void registerSounds(Router r, Supplier<SimCore> core) {
    r.get("/ari/sounds").handler(AriRoute.of(core, (p, c) -> Reply.ok(Sounds.list(c, p.get("lang"), p.get("format")))));
    r.get("/ari/sounds/*").handler(AriRoute.of(core, (p, c) -> Reply.ok(Sounds.get(c, p.tail("/ari/sounds/")))));
  }

  private static String requiredVariable(Params p) {
    String name = p.get("variable");
    if (name == null || name.isEmpty()) {
      throw AriError.badRequest("Variable name is required");
    }
    return name;
  }

  static JsonArray empty() {
    return new JsonArray();
  }
}
