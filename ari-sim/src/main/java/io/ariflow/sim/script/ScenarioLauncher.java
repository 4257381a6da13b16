package io.ariflow.sim.script;

import io.ariflow.sim.AriSimulator;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scenario against a standalone simulator on the real clock once the engine is there: scripted calls
 * only make sense when the Stasis app has an events socket, so it waits for one, then plays the scenario and
 * logs one line per call.
 */
public final class ScenarioLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(ScenarioLauncher.class);
  private static final long POLL_MS = 200;

  private ScenarioLauncher() {}

  /** Completes with the report when every call of the scenario has ended. */
  public static Future<ScenarioReport> whenAppConnects(Vertx vertx, AriSimulator sim, Scenario scenario) {
    String app = sim.options().stasisApp();
    LOG.info("scenario waiting for application '{}' to connect to {}", app, sim.eventsUrl(app));
    return appConnected(vertx, sim, app)
        .compose(v -> new ScenarioRunner(sim, scenario).run())
        .onSuccess(ScenarioLauncher::log);
  }

  private static Future<Void> appConnected(Vertx vertx, AriSimulator sim, String app) {
    Promise<Void> connected = Promise.promise();
    vertx.setPeriodic(0, POLL_MS, id -> sim.onLoop(core -> core.apps().active(app) != null)
        .onSuccess(up -> completeOnce(vertx, id, up, connected)));
    return connected.future();
  }

  private static void completeOnce(Vertx vertx, long timer, boolean up, Promise<Void> connected) {
    if (up && vertx.cancelTimer(timer)) {
      connected.complete();
    }
  }

  private static void log(ScenarioReport report) {
    for (CallOutcome call : report.calls()) {
      LOG.info("{}: channel {}, steps {}, {} events{}", call.label(), call.channelId(), call.stepsDone(),
          call.events().size(), call.problems().isEmpty() ? "" : ", problems " + call.problems());
    }
    LOG.info("scenario finished: {} calls, {} with problems", report.calls().size(), report.failed().size());
  }
}
