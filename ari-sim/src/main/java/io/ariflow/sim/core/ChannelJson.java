package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;
import java.util.List;

/** Builds the Channel object with the exact field set and order Asterisk 22 writes. */
public final class ChannelJson {

  private ChannelJson() {}

  public static JsonObject of(Channel c, List<String> channelVars) {
    JsonObject json = new JsonObject()
        .put("id", c.id)
        .put("name", c.name)
        .put("state", c.state.label())
        .put("protocol_id", c.protocolId)
        .put("caller", c.caller.toJson())
        .put("connected", c.connected.toJson())
        .put("accountcode", c.accountcode)
        .put("dialplan", new JsonObject()
            .put("context", c.context)
            .put("exten", c.exten)
            .put("priority", c.priority)
            .put("app_name", c.appName)
            .put("app_data", c.appData))
        .put("creationtime", c.creationtime())
        .put("language", c.language);
    if (!channelVars.isEmpty()) {
      JsonObject vars = new JsonObject();
      channelVars.forEach(v -> vars.put(v, c.var(v) == null ? "" : c.var(v)));
      json.put("channelvars", vars);
    }
    return json;
  }
}
