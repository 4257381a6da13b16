package io.ariflow.sim.core;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Application subscriptions ({@code channel:}, {@code bridge:}, {@code endpoint:}, {@code deviceState:}
 * sources), event filters and user events. All sources of a call are validated before any is applied.
 */
public final class Subscriptions {

  private record Source(String scheme, String id) {}

  private final SimCore core;

  Subscriptions(SimCore core) {
    this.core = core;
  }

  public JsonObject subscribe(String appName, String eventSource) {
    SimApp app = core.apps.require(appName);
    for (Source s : parse(eventSource)) {
      switch (s.scheme) {
        case "channel" -> app.refChannel(s.id);
        case "bridge" -> app.refBridge(s.id);
        case "endpoint" -> app.endpointSubs.add(s.id);
        default -> app.deviceSubs.add(s.id);
      }
    }
    return app.toJson();
  }

  public JsonObject unsubscribe(String appName, String eventSource) {
    SimApp app = core.apps.require(appName);
    List<Source> sources = parse(eventSource);
    for (Source s : sources) {
      boolean subscribed = switch (s.scheme) {
        case "channel" -> app.channelRefs.containsKey(s.id);
        case "bridge" -> app.bridgeRefs.containsKey(s.id);
        case "endpoint" -> app.endpointSubs.contains(s.id);
        default -> app.deviceSubs.contains(s.id);
      };
      if (!subscribed) {
        throw AriError.of(409, "Application not subscribed to event source");
      }
    }
    for (Source s : sources) {
      switch (s.scheme) {
        case "channel" -> app.unrefChannel(s.id);
        case "bridge" -> app.unrefBridge(s.id);
        case "endpoint" -> app.endpointSubs.remove(s.id);
        default -> app.deviceSubs.remove(s.id);
      }
    }
    JsonObject json = app.toJson();
    core.apps.prune(app);
    return json;
  }

  public JsonObject eventFilter(String appName, JsonObject filter) {
    SimApp app = core.apps.require(appName);
    JsonArray allowed = checked(filter == null ? null : filter.getValue("allowed"));
    JsonArray disallowed = checked(filter == null ? null : filter.getValue("disallowed"));
    app.allowed = allowed;
    app.disallowed = disallowed;
    return app.toJson();
  }

  public JsonArray list() {
    JsonArray all = new JsonArray();
    core.apps.all().forEach(a -> all.add(a.toJson()));
    return all;
  }

  public JsonObject get(String appName) {
    return core.apps.require(appName).toJson();
  }

  /** {@code POST /events/user/{name}}: a ChannelUserevent to one application. */
  public void userEvent(String eventName, String appName, String source, JsonObject variables) {
    if (appName == null || appName.isEmpty()) {
      throw AriError.badRequest("Missing parameter application");
    }
    core.apps.require(appName);
    JsonObject event = core.events.base("ChannelUserevent").put("eventname", eventName);
    if (source != null && !source.isEmpty()) {
      for (Source s : parse(source)) {
        switch (s.scheme) {
          case "channel" -> event.put("channel", core.events.channel(core.channelRegistry.find(s.id)));
          case "bridge" -> event.put("bridge", core.bridges.get(s.id).toJson());
          case "endpoint" -> event.put("endpoint", new JsonObject().put("id", s.id));
          default -> event.put("device_state", new JsonObject().put("name", s.id));
        }
      }
    }
    event.put("userevent", variables == null ? new JsonObject() : variables);
    core.notifier.toApp(appName, event);
  }

  private List<Source> parse(String eventSource) {
    if (eventSource == null || eventSource.isEmpty()) {
      throw AriError.badRequest("Missing parameter eventSource");
    }
    List<Source> sources = new ArrayList<>();
    for (String uri : eventSource.split(",")) {
      int colon = uri.indexOf(':');
      String scheme = colon > 0 ? uri.substring(0, colon) : "";
      String id = colon > 0 ? uri.substring(colon + 1) : "";
      if (!List.of("channel", "bridge", "endpoint", "deviceState").contains(scheme)) {
        throw AriError.badRequest("Invalid event source URI scheme");
      }
      if (!exists(scheme, id)) {
        throw AriError.of(422, "Event source does not exist");
      }
      sources.add(new Source(scheme, id));
    }
    return sources;
  }

  private boolean exists(String scheme, String id) {
    return switch (scheme) {
      case "channel" -> core.channels.containsKey(id);
      case "bridge" -> core.bridges.containsKey(id);
      case "endpoint" -> core.endpoints.exists(id);
      default -> core.deviceStates().exists(id);
    };
  }

  private static JsonArray checked(Object value) {
    if (value == null) {
      return new JsonArray();
    }
    if (!(value instanceof JsonArray array)) {
      throw AriError.badRequest("Invalid format for event filter");
    }
    for (Object o : array) {
      if (!(o instanceof JsonObject obj) || !(obj.getValue("type") instanceof String)) {
        throw AriError.badRequest("Invalid format for event filter");
      }
    }
    return array.copy();
  }
}
