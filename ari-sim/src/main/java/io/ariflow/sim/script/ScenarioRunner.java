package io.ariflow.sim.script;

import io.ariflow.sim.AriSimulator;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a {@link Scenario} against a running simulator through its control API: registers the agents'
 * endpoints, places every call at its time on the simulator's clock, and runs each caller's script. Start
 * the simulator with {@link ScenarioSetup#apply} options so that the contexts and phones exist. On the
 * virtual clock nothing happens until the test advances time; on the real clock calls go out on their own.
 */
public final class ScenarioRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);

  private final AriSimulator sim;
  private final Scenario scenario;
  private final List<ScriptedCall> calls = new ArrayList<>();
  private final List<Long> placements = new ArrayList<>();
  private final Promise<ScenarioReport> report = Promise.promise();

  public ScenarioRunner(AriSimulator sim, Scenario scenario) {
    this.sim = sim;
    this.scenario = scenario;
  }

  /** {@link #start()}, then {@link #done()}: completes when every call has ended, one outcome per call. */
  public Future<ScenarioReport> run() {
    return start().compose(v -> done());
  }

  /**
   * Registers the agents and schedules every call; completes once that is done, so that a test on the
   * virtual clock can then advance time knowing the calls are on it.
   */
  public Future<Void> start() {
    return registerAgents()
        .compose(v -> sim.onLoop(core -> scheduleCalls()))
        .onSuccess(outcomes -> Future.all(outcomes).map(all -> new ScenarioReport(all.list())).onComplete(report))
        .onFailure(report::tryFail)
        .mapEmpty();
  }

  /** Completes when every call of a started run has ended. */
  public Future<ScenarioReport> done() {
    return report.future();
  }

  /** Cancels calls not yet placed and hangs up the live ones. */
  public Future<Void> stop() {
    return sim.onLoop(core -> {
      placements.forEach(id -> sim.clock().cancel(id));
      calls.forEach(ScriptedCall::stop);
      return null;
    });
  }

  private Future<Void> registerAgents() {
    List<Future<Void>> registered = scenario.agents().stream().map(a -> sim.registerEndpoint(a.resource())).toList();
    return Future.all(registered).mapEmpty();
  }

  /** Runs on the simulator's context: one timer per call, each completing when its call ends. */
  private List<Future<CallOutcome>> scheduleCalls() {
    List<Future<CallOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < scenario.calls().size(); i++) {
      CallSpec spec = scenario.calls().get(i);
      for (int k = 0; k < spec.count(); k++) {
        String label = "call " + (i + 1) + (spec.count() > 1 ? " #" + (k + 1) : "") + " to " + spec.to();
        ScriptedCall call = new ScriptedCall(sim, label, ScenarioSetup.inboundCall(spec, i), spec.script());
        calls.add(call);
        Promise<CallOutcome> outcome = Promise.promise();
        Duration at = spec.at().plus(spec.every().multipliedBy(k));
        placements.add(sim.clock().schedule(at, () -> call.start().onComplete(outcome)));
        outcomes.add(outcome.future());
      }
    }
    LOG.info("scenario: {} calls scheduled, {} agents registered", outcomes.size(), scenario.agents().size());
    return outcomes;
  }
}
