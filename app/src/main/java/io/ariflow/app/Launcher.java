package io.ariflow.app;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.AriRestOptions;
import io.ariflow.app.ari.rest.HttpAriRestClient;
import io.ariflow.app.ari.ws.AriEventConnection;
import io.ariflow.app.ari.ws.AriEventHandlers;
import io.ariflow.app.ari.ws.AriEventOptions;
import io.ariflow.app.config.AriSettings;
import io.ariflow.app.config.AriflowConfig;
import io.ariflow.app.engine.CallHandler;
import io.ariflow.app.engine.Engine;
import io.ariflow.app.flows.FlowHosting;
import io.ariflow.app.flows.HostingOptions;
import io.ariflow.app.observability.ConnectionStatusLog;
import io.ariflow.app.observability.HealthServer;
import io.ariflow.model.json.AriJson;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires a running engine from a validated configuration: the Asterisk to talk to (the embedded
 * simulator when none is configured), the REST client, the engine verticle with flow hosting, the events
 * connection and the health endpoint. Wiring only; every behaviour lives in the parts.
 */
public final class Launcher {
  private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

  /** A started engine and what is needed to stop it; {@code flows} is empty when a custom handler runs calls. */
  public record Running(Vertx vertx, AriTarget target, Engine engine, AriEventConnection connection,
      int healthPort, EmbeddedAsterisk embedded, Optional<FlowHosting> flows) {

    /** Stops the flows' queues (the queue_log is flushed and closed), then the engine, the simulator, Vert.x. */
    public Future<Void> close() {
      return flows.map(FlowHosting::stop).orElse(Future.succeededFuture()).transform(stopped -> vertx.close());
    }
  }

  private Launcher() {}

  /** Starts everything, calls running the flows of the configured directory. */
  public static Future<Running> start(AriflowConfig config) {
    return start(config, HostingOptions.defaults());
  }

  /** Starts everything, calls running flows with the given parts (tests: a virtual clock, an observer). */
  public static Future<Running> start(AriflowConfig config, HostingOptions options) {
    return launch(config, rest -> new FlowHosting(rest, config.ari().app(), config.flows(), config.engine(), options,
        config.queues()));
  }

  /** Starts everything with a handler of one's own instead of flows. */
  public static Future<Running> start(AriflowConfig config, CallHandler handler) {
    return launch(config, rest -> handler);
  }

  private static Future<Running> launch(AriflowConfig config, Function<AriRestClient, CallHandler> handlerFor) {
    Vertx vertx = Vertx.vertx();
    return EmbeddedAsterisk.resolve(vertx, config.ari())
        .compose(embedded -> wire(vertx, config, handlerFor, embedded))
        .onFailure(failure -> vertx.close());
  }

  private static Future<Running> wire(Vertx vertx, AriflowConfig config,
      Function<AriRestClient, CallHandler> handlerFor, EmbeddedAsterisk embedded) {
    AriSettings ari = config.ari();
    AriTarget target = embedded.target();
    HttpAriRestClient rest = HttpAriRestClient.create(vertx, restOptions(ari, target), AriJson.newMapper());
    CallHandler handler = handlerFor.apply(rest);
    Optional<FlowHosting> flows = handler instanceof FlowHosting hosting ? Optional.of(hosting) : Optional.empty();
    Engine engine = new Engine(rest, ari.app(), config.engine(), handler);
    AriEventConnection[] connection = new AriEventConnection[1];
    return vertx.deployVerticle(engine)
        .compose(id -> {
          connection[0] = AriEventConnection.create(vertx, eventOptions(ari, target),
              new AriEventHandlers(engine.frames(), connected(engine, flows), new ConnectionStatusLog()));
          return vertx.deployVerticle(connection[0]);
        })
        .compose(id -> new HealthServer(vertx, connection[0]::status, engine).listen("0.0.0.0", config.httpPort()))
        .map(port -> {
          LOG.info("ariflow is running: app '{}' on {}, health on http://127.0.0.1:{}/health", ari.app(), target,
              port);
          embedded.startDemo(ari.app(), demoFlowLoaded(flows));
          return new Running(vertx, target, engine, connection[0], port, embedded, flows);
        });
  }

  /** Each (re)connection reconciles the engine, then lets the queues follow their phones and repair lost calls. */
  private static Handler<Long> connected(Engine engine, Optional<FlowHosting> flows) {
    Handler<Long> reconcile = engine.connected();
    return generation -> {
      reconcile.handle(generation);
      flows.ifPresent(FlowHosting::reconnected);
    };
  }

  /** Whether calls to the demo extension run a flow: always with a custom handler, else if the catalog has one. */
  private static Supplier<Future<Boolean>> demoFlowLoaded(Optional<FlowHosting> flows) {
    return flows.<Supplier<Future<Boolean>>>map(hosting -> () -> hosting.catalog()
            .map(catalog -> catalog.select(Optional.of(EmbeddedAsterisk.DEMO_EXTENSION)).isPresent()))
        .orElse(() -> Future.succeededFuture(true));
  }

  private static AriRestOptions restOptions(AriSettings ari, AriTarget target) {
    return AriRestOptions.defaults(target.restBase(), target.user(), target.password())
        .withRequestTimeout(ari.requestTimeout())
        .withLimits(ari.maxConnections(), ari.maxInFlight(), AriRestOptions.DEFAULT_MAX_QUEUED);
  }

  private static AriEventOptions eventOptions(AriSettings ari, AriTarget target) {
    AriEventOptions base = AriEventOptions.of(target.httpBase(), target.user(), target.password(), ari.app());
    return new AriEventOptions(base.uri(), base.user(), base.password(), base.app(), base.subscribeAll(),
        ari.pingInterval(), ari.pongTimeout(), ari.requestTimeout(), base.backoff());
  }
}
