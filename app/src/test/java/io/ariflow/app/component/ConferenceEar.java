package io.ariflow.app.component;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hears what a room's bridge plays (join and leave announcements, counts to all, "now recording"). A caller's own
 * event stream carries only its channel's playbacks, so the ear is a second ARI application with
 * {@code subscribeAll=true}, as an operator's monitoring tool would be: it only listens and commands nothing.
 */
final class ConferenceEar {

  private static final String APP = "conference-ear";

  private final Map<String, List<String>> byBridge = new ConcurrentHashMap<>();
  private final WebSocket socket;

  ConferenceEar(Vertx vertx, AriSimulator sim) {
    SimOptions options = sim.options();
    WebSocketConnectOptions connect = new WebSocketConnectOptions().setHost(options.host()).setPort(sim.port())
        .setURI("/ari/events?app=" + APP + "&subscribeAll=true&api_key=" + options.user() + ":"
            + options.password());
    this.socket = Await.result(vertx.createWebSocketClient().connect(connect));
    socket.textMessageHandler(text -> onEvent(new JsonObject(text)));
  }

  /** Every media the bridge {@code bridgeId} started playing, in order. */
  List<String> heard(String bridgeId) {
    return List.copyOf(byBridge.getOrDefault(bridgeId, List.of()));
  }

  private void onEvent(JsonObject event) {
    if (!"PlaybackStarted".equals(event.getString("type"))) {
      return;
    }
    JsonObject playback = event.getJsonObject("playback");
    String target = playback.getString("target_uri", "");
    if (target.startsWith("bridge:")) {
      byBridge.computeIfAbsent(target.substring("bridge:".length()), id -> new CopyOnWriteArrayList<>())
          .add(playback.getString("media_uri"));
    }
  }

  void close() {
    Await.result(socket.close());
  }
}
