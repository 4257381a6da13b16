package io.ariflow.app.flowtest;

import io.ariflow.app.ari.rest.AriRestOptions;
import io.ariflow.app.ari.rest.HttpAriRestClient;
import io.ariflow.app.ari.ws.AriEventConnection;
import io.ariflow.app.ari.ws.AriEventHandlers;
import io.ariflow.app.ari.ws.AriEventOptions;
import io.ariflow.app.config.EngineFallback;
import io.ariflow.app.config.EngineSettings;
import io.ariflow.app.config.FlowSettings;
import io.ariflow.app.config.LostChannelPolicy;
import io.ariflow.app.engine.Engine;
import io.ariflow.app.flows.FinishedRun;
import io.ariflow.app.flows.FlowHosting;
import io.ariflow.app.flows.HostingOptions;
import io.ariflow.model.json.AriJson;
import io.ariflow.sim.AriSimulator;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The production engine (REST client, events connection, engine verticle, flow hosting) wired to a
 * simulator over loopback, as {@code ariflow run} wires it, with three test hooks: the REST client and the
 * event frames are counted ({@link Traffic}), the flows' timers are virtual, and HTTP goes to stubs.
 */
final class OfflineEngine {

  static final String APP = "ariflow";
  static final String USER = "ariflow-test";
  static final String PASSWORD = "offline";
  private static final Duration HANGUP_GRACE = Duration.ofSeconds(30);

  private final Vertx vertx;
  private final Traffic traffic;
  private final VirtualTimers timers;
  private final HttpAriRestClient client;
  private final CountedHandler handler;
  private final Engine engine;
  private final Promise<Void> connected = Promise.promise();
  private final List<FinishedRun> finished = new ArrayList<>();
  private Context home;
  private String engineDeployment;
  private String connectionDeployment;

  private OfflineEngine(Vertx vertx, AriSimulator sim, Path flowsDir, HostingOptions options, Traffic traffic,
      VirtualTimers timers) {
    this.vertx = vertx;
    this.traffic = traffic;
    this.timers = timers;
    this.client = HttpAriRestClient.create(vertx, AriRestOptions.defaults(sim.baseUrl(), USER, PASSWORD),
        AriJson.newMapper());
    CountingRest rest = new CountingRest(client, traffic);
    EngineSettings settings = new EngineSettings(LostChannelPolicy.HANGUP, new EngineFallback.Continue(),
        HANGUP_GRACE);
    FlowSettings flows = new FlowSettings(flowsDir, false, Duration.ofSeconds(1), ZoneId.of("UTC"));
    this.handler = new CountedHandler(new FlowHosting(rest, APP, flows, settings, options.withTimers(timers::bind).withObserver(finished::add)),
        traffic);
    this.engine = new Engine(rest, APP, settings, handler);
  }

  /** Starts the engine on the flows of {@code flowsDir} and connects it to {@code sim}. */
  static Future<OfflineEngine> start(Vertx vertx, AriSimulator sim, Path flowsDir, HostingOptions options,
      Traffic traffic, VirtualTimers timers) {
    OfflineEngine offline = new OfflineEngine(vertx, sim, flowsDir, options, traffic, timers);
    return offline.deploy(sim).map(offline);
  }

  /** The engine's side of a quiet check, read on its context. */
  Future<Traffic.EngineSide> probe() {
    return engine.stats().map(stats -> traffic.snapshot(stats.calls(), timers.now(), timers.nextDue()));
  }

  /** Runs {@code read} on the engine's context, where the runs, the traffic and the stubs live. */
  <T> Future<T> onEngine(Supplier<T> read) {
    Promise<T> result = Promise.promise();
    home.runOnContext(v -> result.complete(read.get()));
    return result.future();
  }

  /** The runs that have ended so far; call on the engine's context. */
  List<FinishedRun> finished() {
    return List.copyOf(finished);
  }

  /** Disconnects and stops the engine. */
  Future<Void> stop() {
    Future<Void> connection = connectionDeployment == null ? Future.succeededFuture()
        : vertx.undeploy(connectionDeployment);
    return connection.transform(done -> engineDeployment == null ? Future.<Void>succeededFuture()
        : vertx.undeploy(engineDeployment)).transform(done -> client.close());
  }

  private Future<Void> deploy(AriSimulator sim) {
    return vertx.deployVerticle(engine)
        .compose(id -> {
          engineDeployment = id;
          return handler.home();
        })
        .compose(context -> {
          home = context;
          return vertx.deployVerticle(connection(sim));
        })
        .compose(id -> {
          connectionDeployment = id;
          return connected.future();
        });
  }

  private AriEventConnection connection(AriSimulator sim) {
    AriEventOptions options = AriEventOptions.of(URI.create("http://127.0.0.1:" + sim.port()), USER, PASSWORD, APP);
    return AriEventConnection.create(vertx, options, new AriEventHandlers(countedFrames(), announcedConnections(),
        status -> { }));
  }

  /**
   * Each new connection goes to the engine (which reconciles), then a marker is queued behind it on the
   * engine's context: once it runs, the reconciliation's requests are in flight and counted, so the first
   * quiet check waits for them. A call placed earlier could race the reconciliation's snapshot.
   */
  private Handler<Long> announcedConnections() {
    Handler<Long> connections = engine.connected();
    return generation -> {
      connections.handle(generation);
      home.runOnContext(v -> connected.tryComplete());
    };
  }

  /** Each frame goes to the engine, then a count is queued behind it on the engine's context. */
  private Handler<String> countedFrames() {
    Handler<String> frames = engine.frames();
    return frame -> {
      frames.handle(frame);
      home.runOnContext(v -> traffic.frameHandled());
    };
  }
}
