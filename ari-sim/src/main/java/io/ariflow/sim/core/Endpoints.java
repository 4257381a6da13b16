package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured PJSIP endpoints. Register/unregister (control API) produce EndpointStateChange,
 * PeerStatusChange and ContactStatusChange; calls add and remove channel ids (EndpointStateChange).
 */
public final class Endpoints {

  private final SimCore core;
  private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

  Endpoints(SimCore core, List<String> resources) {
    this.core = core;
    resources.forEach(r -> endpoints.put("PJSIP/" + r, new Endpoint("PJSIP", r)));
  }

  public JsonArray list(String technology) {
    JsonArray all = new JsonArray();
    endpoints.values().stream().filter(e -> technology == null || e.technology.equalsIgnoreCase(technology))
        .forEach(e -> all.add(e.toJson()));
    return all;
  }

  public JsonObject get(String technology, String resource) {
    return require(technology + "/" + resource).toJson();
  }

  public void requireExists(String technology, String resource) {
    require(technology + "/" + resource);
  }

  public void register(String resource) {
    Endpoint e = endpoints.computeIfAbsent("PJSIP/" + resource, k -> new Endpoint("PJSIP", resource));
    e.state = "online";
    announce(e, "Reachable", "NonQualified");
  }

  public void unregister(String resource) {
    Endpoint e = require("PJSIP/" + resource);
    e.state = "offline";
    announce(e, "Unreachable", "Removed");
  }

  /** Whether a PJSIP endpoint is registered (only those can be dialled). */
  boolean online(String resource) {
    Endpoint e = endpoints.get("PJSIP/" + resource);
    return e != null && e.state.equals("online");
  }

  boolean exists(String key) {
    if (endpoints.containsKey(key)) {
      return true;
    }
    return endpoints.values().stream().anyMatch(e -> e.technology.equalsIgnoreCase(key));
  }

  void channelAdded(Channel ch) {
    Endpoint e = endpoints.computeIfAbsent(ch.endpoint, k -> new Endpoint("PJSIP", k.substring(k.indexOf('/') + 1)));
    e.channelIds.add(ch.id);
    core.notifier.endpoint(e.key(), () -> core.events.endpointState(e.toJson()));
  }

  void channelGone(Channel ch) {
    Endpoint e = endpoints.get(ch.endpoint);
    if (e != null && e.channelIds.remove(ch.id)) {
      core.notifier.endpoint(e.key(), () -> core.events.endpointState(e.toJson()));
    }
  }

  private void announce(Endpoint e, String peer, String contact) {
    core.notifier.endpoint(e.key(), core.events.endpointState(e.toJson()));
    core.notifier.endpoint(e.key(), core.events.peerStatus(e.toJson(), peer));
    String uri = "sip:" + e.resource + "@127.0.0.1:5060";
    core.notifier.endpoint(e.key(), core.events.contactStatus(e.toJson(), uri, contact, e.resource));
  }

  private Endpoint require(String key) {
    Endpoint e = endpoints.get(key);
    if (e == null) {
      throw AriError.notFound("Endpoint not found");
    }
    return e;
  }
}
