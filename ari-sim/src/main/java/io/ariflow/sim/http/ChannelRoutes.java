package io.ariflow.sim.http;

import io.ariflow.sim.core.OriginateRequest;
import io.ariflow.sim.core.SimCore;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.function.Supplier;

/** {@code /channels}: listing, originate, create, hangup and the simple per-channel operations. */
final class ChannelRoutes {

  private ChannelRoutes() {}

  static void register(Router r, Supplier<SimCore> core) {
    String ch = "/ari/channels/:channelId";
    r.get("/ari/channels").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.channels().list())));
    r.post("/ari/channels").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.originator().originate(originate(p, null)))));
    r.post("/ari/channels/create").handler(AriRoute.of(core, (p, c) -> Reply.ok(c.originator().create(originate(p, null)))));
    r.post("/ari/channels/externalMedia").handler(AriRoute.of(core, (p, c) -> {
      throw io.ariflow.sim.core.AriError.of(501, "External media is not simulated");
    }));
    r.get(ch).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.channels().json(c.channels().require(p.path("channelId"))))));
    r.post(ch).handler(AriRoute.of(core, (p, c) -> Reply.ok(c.originator().originate(originate(p, p.path("channelId"))))));
    r.delete(ch).handler(AriRoute.of(core, (p, c) -> {
      c.channelOps().hangup(p.path("channelId"), p.get("reason"), p.get("reason_code"));
      return Reply.noContent();
    }));
    r.post(ch + "/answer").handler(AriRoute.of(core, (p, c) -> {
      c.channelOps().answer(p.path("channelId"));
      return Reply.noContent();
    }));
    for (String indication : List.of("ring", "hold", "moh", "silence")) {
      r.post(ch + "/" + indication).handler(indicate(core));
      r.delete(ch + "/" + indication).handler(indicate(core));
    }
    r.post(ch + "/progress").handler(indicate(core));
    r.post(ch + "/mute").handler(mute(core));
    r.delete(ch + "/mute").handler(mute(core));
    r.post(ch + "/dtmf").handler(AriRoute.of(core, (p, c) -> {
      c.channelOps().sendDtmf(p.path("channelId"), p.get("dtmf"), p.integer("duration", 100));
      return Reply.noContent();
    }));
    r.post(ch + "/continue").handler(AriRoute.of(core, (p, c) -> {
      c.channelOps().continueInDialplan(p.path("channelId"), p.get("context"), p.get("extension"),
          p.integer("priority"));
      return Reply.noContent();
    }));
    r.post(ch + "/move").handler(AriRoute.of(core, (p, c) -> {
      c.channelOps().move(p.path("channelId"), p.get("app"), args(p));
      return Reply.noContent();
    }));
    r.post(ch + "/redirect").handler(AriRoute.of(core, (p, c) -> {
      c.channelOps().redirect(p.path("channelId"), p.get("endpoint"));
      return Reply.noContent();
    }));
    r.get(ch + "/variable").handler(AriRoute.of(core, (p, c) -> Reply.ok(new JsonObject()
        .put("value", c.variables().get(c.channels().require(p.path("channelId")), p.get("variable"))))));
    r.post(ch + "/variable").handler(AriRoute.of(core, (p, c) -> {
      c.variables().set(c.channels().require(p.path("channelId")), p.get("variable"), p.get("value"));
      return Reply.noContent();
    }));
    r.post(ch + "/dial").handler(AriRoute.of(core, (p, c) -> {
      c.dialer().dial(p.path("channelId"), p.get("caller"), p.integer("timeout"));
      return Reply.noContent();
    }));
    r.get(ch + "/rtp_statistics").handler(AriRoute.of(core, (p, c) -> {
      c.channels().require(p.path("channelId"));
      throw io.ariflow.sim.core.AriError.notFound("Channel RTP statistics not found");
    }));
  }

  static List<String> args(Params p) {
    String raw = p.get("appArgs");
    return raw == null || raw.isEmpty() ? List.of() : List.of(raw.split(","));
  }

  private static OriginateRequest originate(Params p, String channelId) {
    return new OriginateRequest(p.get("endpoint"), p.get("extension"), p.get("context"), p.integer("priority"),
        p.get("app"), p.get("app") == null ? null : args(p), p.get("callerId"), p.integer("timeout"),
        p.object("variables"), channelId != null ? channelId : p.get("channelId"), p.get("otherChannelId"),
        p.get("originator"));
  }

  private static io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> indicate(Supplier<SimCore> core) {
    return AriRoute.of(core, (p, c) -> {
      c.channelOps().indicate(p.path("channelId"));
      return Reply.noContent();
    });
  }

  private static io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> mute(Supplier<SimCore> core) {
    return AriRoute.of(core, (p, c) -> {
      c.channelOps().mute(p.path("channelId"), p.get("direction"));
      return Reply.noContent();
    });
  }
}
