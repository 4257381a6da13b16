package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An ARI application: its current WebSocket (if any) and what it is subscribed to. Channel and bridge
 * subscriptions are reference counts, as in Asterisk: Stasis, originate, /channels/create's originator and
 * explicit subscriptions each hold one, which is why some channels still report ChannelDestroyed after
 * StasisEnd and others do not.
 */
public final class SimApp {

  final String name;
  final String suffix;
  EventSink sink;
  boolean subscribeAll;
  final Map<String, Integer> channelRefs = new LinkedHashMap<>();
  final Map<String, Integer> bridgeRefs = new LinkedHashMap<>();
  final Set<String> endpointSubs = new LinkedHashSet<>();
  final Set<String> deviceSubs = new LinkedHashSet<>();
  JsonArray allowed = new JsonArray();
  JsonArray disallowed = new JsonArray();

  SimApp(String name) {
    this.name = name;
    this.suffix = ",\"application\":" + io.vertx.core.json.Json.encode(name) + "}";
  }

  public String name() {
    return name;
  }

  boolean active() {
    return sink != null;
  }

  boolean idle() {
    return sink == null && channelRefs.isEmpty() && bridgeRefs.isEmpty() && endpointSubs.isEmpty()
        && deviceSubs.isEmpty();
  }

  void refChannel(String id) {
    channelRefs.merge(id, 1, Integer::sum);
  }

  void unrefChannel(String id) {
    channelRefs.computeIfPresent(id, (k, n) -> n > 1 ? n - 1 : null);
  }

  void refBridge(String id) {
    bridgeRefs.merge(id, 1, Integer::sum);
  }

  void unrefBridge(String id) {
    bridgeRefs.computeIfPresent(id, (k, n) -> n > 1 ? n - 1 : null);
  }

  boolean watchesChannel(String id) {
    return subscribeAll || channelRefs.containsKey(id);
  }

  boolean watchesBridge(String id) {
    return subscribeAll || bridgeRefs.containsKey(id);
  }

  boolean watchesEndpoint(String endpoint) {
    if (endpoint == null) {
      return false;
    }
    if (subscribeAll || endpointSubs.contains(endpoint)) {
      return true;
    }
    int slash = endpoint.indexOf('/');
    return slash > 0 && endpointSubs.contains(endpoint.substring(0, slash));
  }

  boolean watchesDevice(String device) {
    return subscribeAll || deviceSubs.contains(device);
  }

  /** Event filter of PUT /applications/{app}/eventFilter. */
  boolean accepts(String type) {
    if (!allowed.isEmpty() && !listed(allowed, type)) {
      return false;
    }
    return disallowed.isEmpty() || !listed(disallowed, type);
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("name", name)
        .put("channel_ids", new JsonArray(new java.util.ArrayList<>(channelRefs.keySet())))
        .put("bridge_ids", new JsonArray(new java.util.ArrayList<>(bridgeRefs.keySet())))
        .put("endpoint_ids", new JsonArray(new java.util.ArrayList<>(endpointSubs)))
        .put("device_names", new JsonArray(new java.util.ArrayList<>(deviceSubs)))
        .put("events_allowed", allowed.copy())
        .put("events_disallowed", disallowed.copy());
  }

  private static boolean listed(JsonArray filters, String type) {
    for (Object f : filters) {
      if (f instanceof JsonObject o && type.equals(o.getString("type"))) {
        return true;
      }
    }
    return false;
  }
}
