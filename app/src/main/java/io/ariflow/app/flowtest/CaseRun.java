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
        .compose(engine -> call(rig(sim, engine, timers, http, traffic, start)).eventually(engine::stop));
  }

  private CaseRig rig(AriSimulator sim, OfflineEngine engine, VirtualTimers timers, StubHttpPort http,
      Traffic traffic, Instant start) {
    ScriptedCaller caller = new ScriptedCaller(sim, SimSetup.call(test), test.script());
    return new CaseRig(sim, engine, http, traffic, caller, new TimeDriver(vertx, sim, engine, timers, caller), start);
  }

  private Future<Void> registerPhones(AriSimulator sim) {
    return Future.all(SimSetup.phones(test).stream().map(sim::registerEndpoint).toList()).mapEmpty();
  }

  private Future<CaseReport> call(CaseRig rig) {
    Instant deadline = rig.start().plus(test.limit());
    return rig.driver().settle()
        .compose(quiet -> rig.caller().place())
        .compose(channel -> rig.driver().runUntil(deadline))
        .compose(ended -> ended ? Future.succeededFuture(false) : windDown(rig, deadline))
        .compose(stillRunning -> rig.driver().settle().compose(last -> seen(rig, last, stillRunning)))
        .map(this::report);
  }

  /** The call outlived the limit: the caller hangs up, and the run gets time to finish and tell its story. */
  private Future<Boolean> windDown(CaseRig rig, Instant deadline) {
    return rig.sim().onLoop(core -> rig.caller().view().channelId())
        .compose(rig.sim()::callerHangsUp)
        .compose(v -> rig.driver().runUntil(deadline.plus(WIND_DOWN)))
        .map(true);
  }

  private Future<ObservedReader.Seen> seen(CaseRig rig, Snapshot last, boolean stillRunning) {
    Future<CallerView> view = rig.sim().onLoop(core -> rig.caller().view());
    Future<List<FinishedRun>> runs = rig.engine().onEngine(rig.engine()::finished);
    Future<List<String>> dialled = rig.engine().onEngine(rig.traffic()::dialled);
    Future<List<String>> unmatched = rig.engine().onEngine(rig.http()::unmatched);
    return Future.all(view, runs, dialled, unmatched).map(all -> new ObservedReader.Seen(view.result(),
        runs.result(), dialled.result(), unmatched.result(), stillRunning,
        Duration.between(rig.start(), last.engine().now())));
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
