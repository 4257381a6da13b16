package io.ariflow.sim.http;

import io.ariflow.sim.ClockMode;
import io.ariflow.sim.RestartTiming;
import io.ariflow.sim.SimOptions;
import io.ariflow.sim.clock.RealClock;
import io.ariflow.sim.clock.SimClock;
import io.ariflow.sim.clock.VirtualClock;
import io.ariflow.sim.core.Persisted;
import io.ariflow.sim.core.SimCore;
import io.ariflow.sim.ws.EventsEndpoint;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verticle that is the simulated Asterisk: its event-loop context owns the clock, the core (replaced
 * on restart), the HTTP server with all {@code /ari} routes, and the events WebSocket endpoint.
 */
public final class SimServer extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(SimServer.class);

  private final SimOptions options;
  private final Persisted persisted = new Persisted();
  private SimClock clock;
  private SimCore core;
  private HttpServer server;
  private Router router;
  private EventsEndpoint events;
  private RestFaults restFaults;
  private BootState boot = BootState.UP;
  private int port;

  public SimServer(SimOptions options) {
    this.options = options;
  }

  @Override
  public Future<?> start() {
    clock = options.clockMode() == ClockMode.VIRTUAL
        ? new VirtualClock(context, options.startTime())
        : new RealClock(vertx, context, Clock.systemUTC());
    core = new SimCore(options, clock, persisted);
    events = new EventsEndpoint(() -> core);
    restFaults = new RestFaults(clock);
    router = buildRouter();
    return listen(options.port()).onSuccess(p -> LOG.info("ARI simulator listening on {}:{}", options.host(), p));
  }

  @Override
  public Future<?> stop() {
    if (events != null) {
      events.dropAll();
    }
    return server == null ? Future.succeededFuture() : server.close();
  }

  public int port() {
    return port;
  }

  /** The event-loop context that owns all simulator state. */
  public io.vertx.core.Context loop() {
    return context;
  }

  public SimClock clock() {
    return clock;
  }

  public SimCore core() {
    return core;
  }

  public RestFaults restFaults() {
    return restFaults;
  }

  public EventsEndpoint events() {
    return events;
  }

  public BootState boot() {
    return boot;
  }

  /**
   * {@code core restart now}: live channels are torn down (events still delivered), sockets dropped without
   * close frame, the port refuses connections, then answers 404 HTML, then 503, then comes back empty.
   */
  public Future<Void> restart(RestartTiming timing) {
    Promise<Void> up = Promise.promise();
    clock.schedule(timing.hangup(), () -> {
      core.shutdown();
      clock.schedule(timing.drop(), () -> {
        boot = BootState.DOWN;
        events.dropAll();
        clock.schedule(timing.refused(), () -> boot(timing.html404(), timing.notBooted(), up));
      });
    });
    return up.future();
  }

  /**
   * The new process comes up. The listening socket is kept across the restart and the phases are driven by
   * the simulator's clock alone, so a replay on virtual time sees them exactly when it advances to them
   * (re-binding the port would race with the virtual clock).
   */
  private void boot(Duration html404, Duration notBooted, Promise<Void> up) {
    core = new SimCore(options, clock, persisted);
    boot = BootState.HTML_404;
    clock.schedule(html404, () -> {
      boot = BootState.NOT_BOOTED;
      clock.schedule(notBooted, () -> {
        boot = BootState.UP;
        LOG.info("ARI simulator restarted");
        up.complete();
      });
    });
  }

  private Future<Integer> listen(int onPort) {
    server = vertx.createHttpServer(new HttpServerOptions().setHost(options.host()).setPort(onPort)
        .setReuseAddress(true));
    return server.requestHandler(router).listen().map(s -> {
      port = s.actualPort();
      return port;
    });
  }

  private Router buildRouter() {
    Router r = Router.router(vertx);
    r.route("/ari/*").handler(this::bootGate);
    r.route("/ari/*").handler(new Auth(options.user(), options.password()));
    r.get("/ari/events").handler(events);
    r.route("/ari/*").handler(BodyHandler.create().setBodyLimit(1_000_000));
    r.route("/ari/*").handler(restFaults);
    ApiDocsRoutes.register(r);
    ChannelRoutes.register(r, () -> core);
    MediaRoutes.register(r, () -> core);
    BridgeRoutes.register(r, () -> core);
    AppRoutes.register(r, () -> core);
    SystemRoutes.register(r, () -> core);
    r.errorHandler(404, ctx -> {
      if (ctx.normalizedPath().startsWith("/ari/")) {
        Reply.message(ctx, 404, "Resource not found");
      } else {
        ctx.response().setStatusCode(404).putHeader("Content-Type", "text/html").end(HtmlPages.notFound());
      }
    });
    r.errorHandler(405, ctx -> Reply.message(ctx, 405, "Invalid method"));
    r.errorHandler(500, ctx -> {
      LOG.warn("simulator route failed: {}", String.valueOf(ctx.failure()));
      Reply.message(ctx, 500, "Internal Server Error");
    });
    return r;
  }

  private void bootGate(io.vertx.ext.web.RoutingContext ctx) {
    switch (boot) {
      case DOWN -> ctx.request().connection().close();
      case HTML_404 -> ctx.response().setStatusCode(404).putHeader("Content-Type", "text/html")
          .end(HtmlPages.notFound());
      case NOT_BOOTED -> Reply.message(ctx, 503, "Asterisk not booted");
      default -> ctx.next();
    }
  }
}
