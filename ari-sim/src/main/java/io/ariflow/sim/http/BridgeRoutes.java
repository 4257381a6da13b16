package io.ariflow.sim.http;

import io.ariflow.sim.core.SimCore;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/** {@code /bridges}: create, list, get, destroy, add/remove channels, MOH. */
final class BridgeRoutes {

  private BridgeRoutes() {}

  static void register(Router r, Supplier<SimCore> core) {
    String br = "/ari/bridges/:bridgeId";
    r.get("/ari/bridges").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.bridges().list())));
    r.post("/ari/bridges").handler(AriRoute.of(core, (p, c) ->
        Reply.ok(c.bridges().create(p.get("type"), p.get("bridgeId"), p.get("name")))));
    r.post(br).handler(AriRoute.of(core, (p, c) ->
        Reply.ok(c.bridges().create(p.get("type"), p.path("bridgeId"), p.get("name")))));
    r.get(br).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.bridges().require(p.path("bridgeId")).toJson())));
    r.delete(br).handler(AriRoute.of(core, (p, c) -> {
      c.bridges().destroy(p.path("bridgeId"));
      return Reply.noContent();
    }));
    r.post(br + "/addChannel").handler(AriRoute.of(core, (p, c) -> {
      c.bridges().addChannels(p.path("bridgeId"), p.list("channel"));
      return Reply.noContent();
    }));
    r.post(br + "/removeChannel").handler(AriRoute.of(core, (p, c) -> {
      c.bridges().removeChannels(p.path("bridgeId"), p.list("channel"));
      return Reply.noContent();
    }));
    r.post(br + "/moh").handler(AriRoute.of(core, (p, c) -> {
      c.bridges().startMoh(p.path("bridgeId"));
      return Reply.noContent();
    }));
    r.delete(br + "/moh").handler(AriRoute.of(core, (p, c) -> {
      c.bridges().stopMoh(p.path("bridgeId"));
      return Reply.noContent();
    }));
    r.post(br + "/videoSource/:channelId").handler(AriRoute.of(core, (p, c) -> {
      c.bridges().require(p.path("bridgeId"));
      return Reply.noContent();
    }));
    r.delete(br + "/videoSource").handler(AriRoute.of(core, (p, c) -> {
      c.bridges().require(p.path("bridgeId"));
      return Reply.noContent();
    }));
  }
}
