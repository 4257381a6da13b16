package io.ariflow.sim.core;

import io.ariflow.sim.clock.AsteriskTime;
import io.ariflow.sim.clock.SimClock;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes events to applications. Each event is encoded once; only the trailing {@code application} field
 * differs per app. An app receives a channel event once per independent subscription path (its own channel
 * subscription and an endpoint subscription), which reproduces the duplicated deliveries of the traces.
 * Delivery can be stalled (a fault) and resumed in order. A channel's control-API observer (a scripted
 * caller) hears every event about that channel at once, independently of subscriptions and stalls.
 */
public final class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final Apps apps;
  private final String asteriskId;
  private final SimClock clock;
  private final ArrayDeque<Runnable> backlog = new ArrayDeque<>();
  private boolean stalled;
  private long delivered;

  public Notifier(Apps apps, String asteriskId, SimClock clock) {
    this.apps = apps;
    this.asteriskId = asteriskId;
    this.clock = clock;
  }

  /**
   * Whether any connected app would receive events of this channel; lets hot paths skip building events
   * nobody sees (ChannelCreated, ChannelDialplan and the like for unwatched calls).
   */
  public boolean watched(Channel ch) {
    if (ch.observer != null) {
      return true;
    }
    for (SimApp app : apps.all()) {
      if (app.active() && (app.watchesChannel(ch.id) || app.watchesEndpoint(ch.endpoint))) {
        return true;
      }
    }
    return false;
  }

  /** Builds the event only if someone will receive it. */
  public void channel(Channel ch, java.util.function.Supplier<JsonObject> event) {
    if (watched(ch)) {
      channel(ch, event.get());
    }
  }

  public void channel(Channel ch, JsonObject event) {
    deliver(event, app -> app.subscribeAll ? 1
        : (app.watchesChannel(ch.id) ? 1 : 0) + (app.watchesEndpoint(ch.endpoint) ? 1 : 0));
    observe(ch, event);
  }

  /** Bridge membership events concern both the channel and the bridge; delivered once per app. */
  public void channelInBridge(Channel ch, Bridge bridge, JsonObject event) {
    deliver(event, app -> app.watchesChannel(ch.id) || app.watchesBridge(bridge.id)
        || app.watchesEndpoint(ch.endpoint) ? 1 : 0);
    observe(ch, event);
  }

  public void bridge(Bridge bridge, JsonObject event) {
    deliver(event, app -> app.watchesBridge(bridge.id) ? 1 : 0);
  }

  /** Dial events belong to the peer and, when given, the caller. */
  public void dial(Channel peer, Channel caller, JsonObject event) {
    deliver(event, app -> app.watchesChannel(peer.id) || (caller != null && app.watchesChannel(caller.id)) ? 1 : 0);
    observe(peer, event);
  }

  public void endpoint(String endpoint, JsonObject event) {
    deliver(event, app -> app.watchesEndpoint(endpoint) ? 1 : 0);
  }

  /**
   * Builds the event only if an app watches the endpoint: its {@code channel_ids} list grows with every call
   * (10,000 calls from one endpoint made channel bookkeeping quadratic when built regardless).
   */
  public void endpoint(String endpoint, java.util.function.Supplier<JsonObject> event) {
    for (SimApp app : apps.all()) {
      if (app.active() && app.watchesEndpoint(endpoint)) {
        endpoint(endpoint, event.get());
        return;
      }
    }
  }

  /** Events that go to one application only (user events). */
  public void toApp(String appName, JsonObject event) {
    deliver(event, app -> app.name.equals(appName) ? 1 : 0);
  }

  /** StasisStart and StasisEnd: to the channel's application only (and to the channel's observer). */
  public void stasis(Channel ch, String appName, JsonObject event) {
    toApp(appName, event);
    observe(ch, event);
  }

  /** DeviceStateChanged puts {@code application} second, so it is built per app. */
  public void deviceState(String device, String state) {
    String ts = AsteriskTime.format(clock.now());
    for (SimApp app : apps.all()) {
      if (app.active() && app.watchesDevice(device) && app.accepts("DeviceStateChanged")) {
        JsonObject event = new JsonObject().put("type", "DeviceStateChanged").put("application", app.name)
            .put("timestamp", ts).put("device_state", new JsonObject().put("name", device).put("state", state))
            .put("asterisk_id", asteriskId);
        send(app.sink, event.encode());
      }
    }
  }

  /** Tells a socket that a newer socket took its application over. */
  public void replaced(EventSink old, String appName) {
    JsonObject event = new JsonObject().put("type", "ApplicationReplaced")
        .put("timestamp", AsteriskTime.format(clock.now())).put("application", appName)
        .put("asterisk_id", asteriskId);
    send(old, event.encode());
  }

  public void stall() {
    stalled = true;
  }

  public void resume() {
    stalled = false;
    while (!backlog.isEmpty() && !stalled) {
      backlog.poll().run();
    }
  }

  /** Events handed to sockets so far (for load figures). */
  public long delivered() {
    return delivered;
  }

  /** A control-API listener hears every event about its channel, whoever is subscribed (e.g. ChannelDestroyed). */
  private void observe(Channel ch, JsonObject event) {
    if (ch.observer != null) {
      event.put("asterisk_id", asteriskId);
      try {
        ch.observer.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("observer of channel {} failed on {}: {}", ch.id, event.getString("type"), e.toString());
      }
    }
  }

  private void deliver(JsonObject event, ToIntFunction<SimApp> count) {
    String type = event.getString("type");
    event.put("asterisk_id", asteriskId);
    String body = null;
    for (SimApp app : apps.all()) {
      if (!app.active()) {
        continue;
      }
      int n = count.applyAsInt(app);
      if (n == 0 || !app.accepts(type)) {
        continue;
      }
      if (body == null) {
        String encoded = event.encode();
        body = encoded.substring(0, encoded.length() - 1);
      }
      String text = body + app.suffix;
      for (int i = 0; i < n; i++) {
        send(app.sink, text);
      }
    }
  }

  private void send(EventSink sink, String text) {
    delivered++;
    if (stalled) {
      backlog.add(() -> sink.send(text));
    } else {
      sink.send(text);
    }
  }
}
