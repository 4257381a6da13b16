package io.ariflow.app;

import io.ariflow.app.config.AriSettings;
import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.ClockMode;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Asterisk ariflow runs against: the configured one, or, when no ARI URL is configured, the
 * embedded simulated Asterisk, started on a free port, with a demo caller so a newcomer sees calls flow.
 */
public final class EmbeddedAsterisk {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAsterisk.class);
  static final Duration DEMO_CALL_EVERY = Duration.ofSeconds(10);
  static final Duration FIRST_DEMO_CALL_AFTER = Duration.ofSeconds(2);
  static final String DEMO_EXTENSION = "demo";

  private final AriTarget target;
  private final Optional<AriSimulator> simulator;
  private final Vertx vertx;

  private EmbeddedAsterisk(AriTarget target, Optional<AriSimulator> simulator, Vertx vertx) {
    this.target = target;
    this.simulator = simulator;
    this.vertx = vertx;
  }

  /** Resolves the target, starting the simulator when none is configured. */
  static Future<EmbeddedAsterisk> resolve(Vertx vertx, AriSettings ari) {
    if (ari.url().isPresent()) {
      return Future.succeededFuture(new EmbeddedAsterisk(
          new AriTarget(ari.url().get(), ari.user(), ari.password(), false), Optional.empty(), vertx));
    }
    SimOptions options = SimOptions.defaults().withClockMode(ClockMode.REAL).withPort(0)
        .withCredentials(ari.user(), ari.password()).withStasisApp(ari.app());
    return AriSimulator.start(vertx, options).map(sim -> {
      LOG.info("No ARI URL configured (ari.url / ARIFLOW_ARI_URL): started the embedded simulated Asterisk {} at {}",
          options.asteriskVersion(), sim.baseUrl());
      URI base = URI.create("http://" + options.host() + ":" + sim.port());
      return new EmbeddedAsterisk(new AriTarget(base, ari.user(), ari.password(), true), Optional.of(sim), vertx);
    });
  }

  AriTarget target() {
    return target;
  }

  /** The embedded simulator, when this is one. */
  public Optional<AriSimulator> simulator() {
    return simulator;
  }

  /**
   * On the embedded simulator, places a demo call shortly after start and then every few seconds, as long
   * as {@code demoFlowLoaded} says a flow answers Stasis(app, demo) (the built-in demo flow does; a flows
   * directory of one's own may not, and then the demo caller stays quiet instead of filling the log).
   */
  void startDemo(String app, Supplier<Future<Boolean>> demoFlowLoaded) {
    simulator.ifPresent(sim -> {
      LOG.info("demo: a simulated caller dials {} (Stasis({},{})) every {} s while flow '{}' is loaded",
          DEMO_EXTENSION, app, DEMO_EXTENSION, DEMO_CALL_EVERY.toSeconds(), DEMO_EXTENSION);
      vertx.setPeriodic(FIRST_DEMO_CALL_AFTER.toMillis(), DEMO_CALL_EVERY.toMillis(),
          timer -> demoFlowLoaded.get().onSuccess(loaded -> {
            if (loaded) {
              placeDemoCall(sim);
            }
          }));
    });
  }

  private static void placeDemoCall(AriSimulator sim) {
    sim.placeCall(InboundCall.to(DEMO_EXTENSION).from("100", "demo caller"))
        .onFailure(f -> LOG.warn("demo call could not be placed: {}", f.getMessage()));
  }
}
