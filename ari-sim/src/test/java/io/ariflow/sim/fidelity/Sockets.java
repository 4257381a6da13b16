package io.ariflow.sim.fidelity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The replay's events WebSockets, numbered like the recorded ones: opens (with the recorded credentials as
 * Basic auth), refused handshakes (also repeated as plain HTTP, as the recorder did), client closes and
 * server drops, each compared as a step. Tracks which socket owns the Stasis app for event round trips.
 */
final class Sockets {

  static final String SYNC_PREFIX = "fidelity-sync-";
  private static final Duration LIMIT = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final WebSocketClient client;
  private final int port;
  private final AriHttp http;
  private final String scenario;
  private final String stasisApp;
  private final Map<Integer, SimSocket> open = new LinkedHashMap<>();
  private final Map<Integer, String> appOf = new HashMap<>();
  private final Map<Integer, Future<Short>> closing = new HashMap<>();
  private final Map<String, SimSocket> owner = new HashMap<>();
  private int syncs;

  Sockets(Vertx vertx, int port, AriHttp http, String scenario, String stasisApp) {
    this.vertx = vertx;
    this.client = vertx.createWebSocketClient();
    this.port = port;
    this.http = http;
    this.scenario = scenario;
    this.stasisApp = stasisApp;
  }

  /** The compared step for a ws line, or null for the harness's own close frame (compared with the reply). */
  StepResult handle(TraceLine.Ws w) {
    return switch (w.what()) {
      case "open", "open-failed" -> open(w);
      case "close" -> close(w);
      case "closed-by-server" -> dropped(w);
      default -> StepResult.mismatch(scenario, "ws " + w.what(), "unknown ws line");
    };
  }

  SimSocket socket(int number) {
    return open.get(number);
  }

  /** Round-trips a user event through the app's current socket: everything emitted before has then arrived. */
  void sync() {
    SimSocket socket = owner.get(stasisApp);
    if (socket == null) {
      return;
    }
    String name = SYNC_PREFIX + (++syncs);
    HttpOutcome posted = Await.get(http.send("POST", "/events/user/" + name, Map.of("application", stasisApp),
        null, null), LIMIT);
    if (Objects.equals(posted.status(), 204)) {
      Await.within(socket.await(e -> name.equals(e.getString("eventname")), 1), LIMIT);
    }
  }

  /** Every socket's events in arrival order, without the replay's own sync events. */
  Map<Integer, List<JsonObject>> events() {
    Map<Integer, List<JsonObject>> all = new LinkedHashMap<>();
    open.forEach((n, s) -> all.put(n, Await.get(s.events(), LIMIT).stream()
        .filter(e -> !String.valueOf(e.getString("eventname")).startsWith(SYNC_PREFIX)).toList()));
    return all;
  }

  private StepResult open(TraceLine.Ws w) {
    URI url = URI.create(w.detail().getString("url"));
    Map<String, String> query = query(url.getRawQuery());
    String apiKey = query.remove("api_key");
    String authorization = apiKey == null ? null
        : "Basic " + Base64.getEncoder().encodeToString(apiKey.getBytes(StandardCharsets.UTF_8));
    StringBuilder uri = new StringBuilder(url.getRawPath());
    query.forEach((k, v) -> uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(v));
    SimSocket.Handshake hs = Await.get(SimSocket.connect(vertx, client, port, uri.toString(), authorization), LIMIT);
    String label = "ws " + w.what() + " s" + w.socket() + " " + uri;
    int expected = w.what().equals("open") ? w.detail().getInteger("status") : w.detail().getInteger("handshake_status");
    if (hs.status() != expected) {
      return StepResult.mismatch(scenario, label, "handshake " + expected + " recorded, " + hs.status() + " in sim");
    }
    if (hs.socket() == null) {
      return refusedAsHttp(w, label, uri.toString(), authorization);
    }
    open.put(w.socket(), hs.socket());
    String app = query.get("app");
    appOf.put(w.socket(), app);
    owner.put(app, hs.socket());
    return StepResult.match(scenario, label);
  }

  private StepResult refusedAsHttp(TraceLine.Ws w, String label, String uri, String authorization) {
    HttpOutcome raw = Await.get(http.raw(uri, authorization), LIMIT);
    Object body = w.detail().getValue("raw_body");
    boolean same = Objects.equals(raw.status(), w.detail().getInteger("raw_status")) && Objects.equals(body, raw.body())
        && raw.contentType() != null && raw.contentType().startsWith(w.detail().getString("raw_content_type"));
    return same ? StepResult.match(scenario, label) : StepResult.mismatch(scenario, label, "as plain HTTP: "
        + w.detail().getInteger("raw_status") + " " + w.detail().getString("raw_content_type") + " recorded, "
        + raw.status() + " " + raw.contentType() + " " + raw.body() + " in sim");
  }

  private StepResult close(TraceLine.Ws w) {
    SimSocket socket = open.get(w.socket());
    String label = "ws close s" + w.socket();
    if (socket == null) {
      return StepResult.mismatch(scenario, label, "socket was never opened in the replay");
    }
    if (w.detail().getString("phase").startsWith("client sends")) {
      if (owner.get(appOf.get(w.socket())) == socket) {
        sync();
        owner.remove(appOf.get(w.socket()));
      }
      closing.put(w.socket(), socket.close());
      return null;
    }
    Short code = Await.within(closing.getOrDefault(w.socket(), socket.closed()), LIMIT).orElse(null);
    Integer expected = w.detail().getInteger("code");
    return Objects.equals(expected, code == null ? null : (int) code) ? StepResult.match(scenario, label)
        : StepResult.mismatch(scenario, label, "server close code " + expected + " recorded, " + code + " in sim");
  }

  private StepResult dropped(TraceLine.Ws w) {
    SimSocket socket = open.get(w.socket());
    String label = "ws dropped by server s" + w.socket();
    owner.values().remove(socket);
    boolean frame = w.detail().getBoolean("close_frame", false);
    Optional<Optional<Short>> ended = Await.within(socket.closed().map(Sockets::closeFrame), LIMIT);
    if (ended.isEmpty()) {
      return StepResult.mismatch(scenario, label, "the simulator's socket is still open");
    }
    return ended.get().isPresent() == frame ? StepResult.match(scenario, label) : StepResult.mismatch(scenario,
        label, "close frame " + (frame ? "recorded" : "not recorded") + ", sim: " + ended.get().orElse(null));
  }

  /** Vert.x reports a connection lost without a close frame as 1006 (or no code at all). */
  private static Optional<Short> closeFrame(Short code) {
    return code == null || code == 1006 ? Optional.empty() : Optional.of(code);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        out.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
      }
    }
    return out;
  }
}
