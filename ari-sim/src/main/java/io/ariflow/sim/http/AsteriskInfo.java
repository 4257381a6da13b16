package io.ariflow.sim.http;

import io.ariflow.sim.clock.AsteriskTime;
import io.ariflow.sim.core.AriError;
import io.ariflow.sim.core.SimCore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** {@code /asterisk/info}, {@code /ping}, and realistic minimal module and logging lists. */
final class AsteriskInfo {

  private static final List<String> MODULES = List.of("res_ari.so", "res_stasis.so", "res_ari_channels.so",
      "res_ari_bridges.so", "res_ari_playbacks.so", "res_ari_recordings.so", "res_ari_events.so",
      "res_ari_applications.so", "res_ari_asterisk.so", "res_ari_endpoints.so", "res_ari_device_states.so",
      "res_ari_sounds.so", "res_ari_mailboxes.so", "chan_pjsip.so", "app_dial.so", "app_stasis.so");

  private AsteriskInfo() {}

  static JsonObject info(SimCore core, List<String> only) {
    String startup = AsteriskTime.format(core.startup());
    JsonObject all = new JsonObject()
        .put("build", new JsonObject().put("os", "Linux").put("kernel", "6.18.44-ariflow-sim").put("machine", "x86_64")
            .put("options", "OPTIONAL_API").put("date", "2026-11-22 07:00:25 UTC").put("user", "root"))
        .put("system", new JsonObject().put("version", core.options().asteriskVersion())
            .put("entity_id", core.options().entityId()))
        .put("config", new JsonObject().put("name", "").put("default_language", "en")
            .put("setid", new JsonObject().put("user", "").put("group", "")))
        .put("status", new JsonObject().put("startup_time", startup).put("last_reload_time", startup));
    if (only == null) {
      return all;
    }
    JsonObject some = new JsonObject();
    only.stream().filter(all::containsKey).forEach(k -> some.put(k, all.getValue(k)));
    return some;
  }

  static JsonObject ping(SimCore core) {
    return new JsonObject().put("asterisk_id", core.options().entityId()).put("ping", "pong")
        .put("timestamp", AsteriskTime.format(core.clock().now()));
  }

  static JsonArray modules() {
    JsonArray all = new JsonArray();
    MODULES.forEach(m -> all.add(module(m)));
    return all;
  }

  static JsonObject module(String name) {
    if (!MODULES.contains(name)) {
      throw AriError.notFound("Module could not be found in running modules");
    }
    return new JsonObject().put("name", name).put("description", name).put("use_count", 0)
        .put("status", "Running").put("support_level", "core");
  }

  static JsonArray logging() {
    return new JsonArray().add(new JsonObject().put("channel", "console").put("type", "Console")
        .put("status", "Enabled").put("configuration", "notice,warning,error"));
  }
}
