package io.ariflow.sim.fidelity;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Which objects an event belongs to (its channel, a Dial's peer, its bridge, a playback's or recording's
 * target, an endpoint, a device, an application) and its signature in a per-object sequence: the type plus
 * the one value that tells same-typed events apart (variable name, dial status, final state, cause).
 */
final class EventKeys {

  private EventKeys() {}

  /** Keys such as {@code channel:<id>} and {@code bridge:<id>}, with the ids as they appear in the event. */
  static List<String> objects(JsonObject e) {
    List<String> keys = new ArrayList<>(2);
    String type = e.getString("type");
    JsonObject channel = "Dial".equals(type) ? e.getJsonObject("peer") : e.getJsonObject("channel");
    if (channel != null) {
      keys.add("channel:" + channel.getString("id"));
    }
    if (e.getJsonObject("bridge") != null) {
      keys.add("bridge:" + e.getJsonObject("bridge").getString("id"));
    }
    for (String media : new String[] {"playback", "recording"}) {
      if (e.getJsonObject(media) != null) {
        keys.add(e.getJsonObject(media).getString("target_uri"));
      }
    }
    JsonObject endpoint = e.getJsonObject("endpoint");
    if (endpoint != null) {
      keys.add("endpoint:" + endpoint.getString("technology") + "/" + endpoint.getString("resource"));
    }
    if (e.getJsonObject("device_state") != null) {
      keys.add("device:" + e.getJsonObject("device_state").getString("name"));
    }
    if (keys.isEmpty()) {
      keys.add("application:" + e.getString("application"));
    }
    return keys;
  }

  /** The key with its channel or bridge id translated to the simulator's id. */
  static String toSim(String key, IdMap ids) {
    int colon = key.indexOf(':');
    String kind = key.substring(0, colon);
    return kind.equals("channel") || kind.equals("bridge") ? kind + ":" + ids.sim(key.substring(colon + 1)) : key;
  }

  static String signature(JsonObject e) {
    String type = e.getString("type");
    return switch (type) {
      case "ChannelVarset" -> type + "(" + e.getString("variable") + ")";
      case "Dial" -> type + "(" + e.getString("dialstatus") + ")";
      case "PlaybackFinished" -> type + "(" + e.getJsonObject("playback").getString("state") + ")";
      case "ChannelDestroyed" -> type + "(" + e.getValue("cause") + ")";
      case "ChannelHangupRequest" -> type + "(" + (e.containsKey("cause") ? e.getValue("cause") : "no cause")
          + (Boolean.TRUE.equals(e.getBoolean("soft")) ? ",soft" : "") + ")";
      default -> type;
    };
  }
}
