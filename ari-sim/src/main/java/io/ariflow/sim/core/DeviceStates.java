package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Set;

/** ARI-controlled device states ({@code Stasis:<name>}); each PUT notifies subscribed apps. */
public final class DeviceStates {

  private static final Set<String> STATES = Set.of("UNKNOWN", "NOT_INUSE", "INUSE", "BUSY", "INVALID",
      "UNAVAILABLE", "RINGING", "RINGINUSE", "ONHOLD");

  private final SimCore core;
  private final Map<String, String> states;

  DeviceStates(SimCore core, Map<String, String> states) {
    this.core = core;
    this.states = states;
  }

  public void put(String name, String state) {
    controlled(name);
    if (state == null || state.isEmpty()) {
      throw AriError.badRequest("Missing parameter deviceState");
    }
    if (!STATES.contains(state)) {
      throw AriError.of(500, "Unknown device");
    }
    states.put(name, state);
    core.notifier.deviceState(name, state);
  }

  public JsonObject get(String name) {
    controlled(name);
    return json(name, states.getOrDefault(name, "UNKNOWN"));
  }

  /** 204 also when already deleted, as observed. */
  public void delete(String name) {
    controlled(name);
    if (states.remove(name) != null) {
      core.notifier.deviceState(name, "UNKNOWN");
    }
  }

  public JsonArray list() {
    JsonArray all = new JsonArray();
    states.forEach((n, s) -> all.add(json(n, s)));
    return all;
  }

  boolean exists(String name) {
    return states.containsKey(name);
  }

  private static void controlled(String name) {
    if (!name.startsWith("Stasis:")) {
      throw AriError.of(409, "Uncontrolled device specified");
    }
  }

  private static JsonObject json(String name, String state) {
    return new JsonObject().put("name", name).put("state", state);
  }
}
