package io.ariflow.sim.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;

/**
 * What an engine does under load, minimally: an events WebSocket that decodes every event, and on each
 * StasisStart answers the channel and starts a long prompt over REST. Like the engine's REST client it keeps
 * at most {@link #IN_FLIGHT} requests in flight and queues the rest, so the latency it times is the
 * server's answer time under load, not its own queue. All state lives on the client's own context.
 */
final class BenchClient {

  /** Counters and latencies, copied out of the client's context. */
  record Snapshot(long events, long stasisStarts, long playing, long stasisEnds, long restErrors,
      Latencies answer, Latencies play) {}

  static final int IN_FLIGHT = 16;

  private final Vertx vertx;
  private final Context context;
  private final WebClient http;
  private final WebSocketClient eventsClient;
  private final int port;
  private final String authorization;
  private final String media;
  private final Latencies answer = new Latencies();
  private final Latencies play = new Latencies();
  private long events;
  private long stasisStarts;
  private long playing;
  private long stasisEnds;
  private long restErrors;
  private int inFlight;
  private final ArrayDeque<Runnable> queued = new ArrayDeque<>();

  BenchClient(Vertx vertx, int port, String user, String password, String media) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.http = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(IN_FLIGHT));
    this.eventsClient = vertx.createWebSocketClient();
    this.port = port;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.media = media;
  }

  Future<Void> connect(String app) {
    Promise<Void> connected = Promise.promise();
    context.runOnContext(v -> {
      eventsClient.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
              .setURI("/ari/events?app=" + app).addHeader("Authorization", authorization))
          .onSuccess(socket -> socket.textMessageHandler(this::onEvent))
          .<Void>mapEmpty().onComplete(connected);
    });
    return connected.future();
  }

  Future<Snapshot> snapshot() {
    Promise<Snapshot> p = Promise.promise();
    context.runOnContext(v -> p.complete(new Snapshot(events, stasisStarts, playing, stasisEnds, restErrors,
        answer, play)));
    return p.future();
  }

  private void onEvent(String text) {
    events++;
    JsonObject event = new JsonObject(text);
    switch (event.getString("type")) {
      case "StasisStart" -> answerAndPlay(event.getJsonObject("channel").getString("id"));
      case "PlaybackStarted" -> playing++;
      case "StasisEnd" -> stasisEnds++;
      default -> { }
    }
  }

  private void answerAndPlay(String channelId) {
    stasisStarts++;
    timed(answer, post("/ari/channels/" + channelId + "/answer"))
        .compose(v -> timed(play, post("/ari/channels/" + channelId + "/play").addQueryParam("media", media)))
        .onFailure(e -> restErrors++);
  }

  private HttpRequest<Buffer> post(String uri) {
    return http.request(HttpMethod.POST, port, "127.0.0.1", uri).putHeader("Authorization", authorization);
  }

  /** Sends when a slot is free; times the request from the moment it is sent. */
  private Future<Void> timed(Latencies into, HttpRequest<Buffer> request) {
    Promise<Void> done = Promise.promise();
    queued.add(() -> {
      long t0 = System.nanoTime();
      request.send().onComplete(ar -> {
        inFlight--;
        into.add(System.nanoTime() - t0);
        sendQueued();
        if (ar.succeeded() && ar.result().statusCode() < 300) {
          done.complete();
        } else {
          done.fail(ar.succeeded() ? "HTTP " + ar.result().statusCode() : ar.cause().toString());
        }
      });
    });
    sendQueued();
    return done.future();
  }

  private void sendQueued() {
    while (inFlight < IN_FLIGHT && !queued.isEmpty()) {
      inFlight++;
      queued.poll().run();
    }
  }
}
