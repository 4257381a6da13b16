package io.ariflow.app.flowtest;

import io.ariflow.app.flows.FinishedRun;
import io.ariflow.app.flows.HostingOptions;
import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs one case on its own simulator and engine, both on the virtual clock from the case's start time:
 * the caller calls, time moves until the call is over (or the case's limit passes: then the test hangs the
 * caller up and notes the call as still running), and what happened is compared with what was expected.
 * Everything is stopped afterwards, whatever happened.
 */
final class CaseRun {

  /** How long a run may take to finish after the test hung up a caller who outlived the limit. */
  private static final Duration WIND_DOWN = Duration.ofMinutes(1);

  private final Vertx vertx;
  private final TestCase test;
  private final Path flowsDir;
  private final HostingOptions hosting;

  CaseRun(Vertx vertx, TestCase test, Path flowsDir, HostingOptions hosting) {
    this.vertx = vertx;
    this.test = test;
    this.flowsDir = flowsDir;
    this.hosting = hosting;
  }

  /** Runs the case; never fails (a breakdown is reported as a failed case). */
  Future<CaseReport> run() {
    SimOptions options = SimSetup.options(test);
    return AriSimulator.start(vertx, options)
        .compose(sim -> onSimulator(sim, options.startTime()).eventually(sim::stop))
        .recover(failure -> Future.succeededFuture(brokeDown(failure)));
  }

  private Future<CaseReport> onSimulator(AriSimulator sim, Instant start) {
    VirtualTimers timers = new VirtualTimers(start);
    StubHttpPort http = new StubHttpPort(test.http(), timers);
    Traffic traffic = new Traffic();
    return registerPhones(sim)
        .compose(v -> OfflineEngine.start(vertx, sim, flowsDir, hosting.withHttp(http), traffic, timers))
        .compose(engine -> call(sim, engine, timers, http, traffic, start).eventually(engine::stop));
  }

  private Future<Void> registerPhones(AriSimulator sim) {
    return Future.all(SimSetup.phones(test).stream().map(sim::registerEndpoint).toList()).mapEmpty();
  }

  private Future<CaseReport> call(AriSimulator sim, OfflineEngine engine, VirtualTimers timers, StubHttpPort http,
      Traffic traffic, Instant start) {
    ScriptedCaller caller = new ScriptedCaller(sim, SimSetup.call(test), test.script());
    TimeDriver driver = new TimeDriver(vertx, sim, engine, timers, caller);
    Instant deadline = start.plus(test.limit());
    return driver.settle()
        .compose(quiet -> caller.place())
        .compose(channel -> driver.runUntil(deadline))
        .compose(ended -> ended ? Future.succeededFuture(false) : windDown(sim, caller, driver, deadline))
        .compose(stillRunning -> seen(sim, engine, caller, http, traffic, driver, start, stillRunning))
        .map(this::report);
  }

  /** The call outlived the limit: the caller hangs up, and the run gets time to finish and tell its story. */
  private Future<Boolean> windDown(AriSimulator sim, ScriptedCaller caller, TimeDriver driver, Instant deadline) {
    return sim.onLoop(core -> caller.view().channelId())
        .compose(sim::callerHangsUp)
        .compose(v -> driver.runUntil(deadline.plus(WIND_DOWN)))
        .map(true);
  }

  private Future<ObservedReader.Seen> seen(AriSimulator sim, OfflineEngine engine, ScriptedCaller caller,
      StubHttpPort http, Traffic traffic, TimeDriver driver, Instant start, boolean stillRunning) {
    return driver.settle().compose(last -> {
      Future<CallerView> view = sim.onLoop(core -> caller.view());
      Future<List<FinishedRun>> runs = engine.onEngine(engine::finished);
      Future<List<String>> dialled = engine.onEngine(traffic::dialled);
      Future<List<String>> unmatched = engine.onEngine(http::unmatched);
      return Future.all(view, runs, dialled, unmatched).map(all -> new ObservedReader.Seen(view.result(),
          runs.result(), dialled.result(), unmatched.result(), stillRunning,
          Duration.between(start, last.engine().now())));
    });
  }

  private CaseReport report(ObservedReader.Seen seen) {
    Observed observed = ObservedReader.read(test, seen);
    List<Mismatch> mismatches = Verdict.check(test, observed);
    return new CaseReport(test.name(), test.location(), mismatches, observed.notes(), observed.timelineDetail(),
        observed.elapsed());
  }

  private CaseReport brokeDown(Throwable failure) {
    return new CaseReport(test.name(), test.location(),
        List.of(new Mismatch("run", "the case runs to its end", "it broke down: " + failure.getMessage())),
        List.of(), "", Duration.ZERO);
  }
}
