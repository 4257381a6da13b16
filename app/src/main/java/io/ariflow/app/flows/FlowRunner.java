package io.ariflow.app.flows;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.engine.CallSession;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.runtime.FlowRun;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunPorts;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.spec.FlowSpec;
import io.ariflow.model.event.AriEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one flow on one call: builds the {@link FlowRun} with ports bound to the call, feeds it every event
 * the engine routes to the call (its channel and everything the run claimed), and reports how it ended.
 * When the caller leaves, the run gets the grace to finish its hangup route and clean-ups, then is
 * cancelled, so nothing is left behind. An exception from the interpreter cancels the run and is reported
 * as {@link RunOutcome.Crashed}, for the engine's fallback.
 */
final class FlowRunner {
  private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);

  private final AriRestClient rest;
  private final String app;
  private final Timers timers;
  private final HttpPort http;
  private final HostingOptions options;
  private final RunOptions runOptions;
  private final Duration hangupGrace;
  private final Map<Class<?>, Object> extraPorts;

  FlowRunner(AriRestClient rest, String app, Timers timers, HttpPort http, HostingOptions options,
      RunOptions runOptions, Duration hangupGrace, Map<Class<?>, Object> extraPorts) {
    this.extraPorts = Map.copyOf(extraPorts);
    this.rest = rest;
    this.app = app;
    this.timers = timers;
    this.http = http;
    this.options = options;
    this.runOptions = runOptions;
    this.hangupGrace = hangupGrace;
  }

  /** Runs {@code flow} for {@code call} with {@code catalog} for its sub-flows; never fails. */
  Future<RunOutcome> run(CallSession call, FlowSpec flow, HostedCatalog catalog, CallStory story) {
    RunPorts ports = new RunPorts(new AriCallControl(rest, call, app), timers, http, options.ids(), extraPorts);
    FlowRun run = new FlowRun(flow, CallInfos.of(call), ports, options.steps(), catalog.flows(), runOptions);
    Promise<RunOutcome> outcome = Promise.promise();
    call.onEvent(event -> feed(run, event, outcome));
    TimerHandle[] grace = {() -> false};
    call.ended().onSuccess(how -> {
      if (!outcome.future().isComplete()) {
        grace[0] = timers.schedule(hangupGrace, () -> cancelLingering(run, how));
      }
    });
    start(run).onComplete(done -> outcome.tryComplete(done.succeeded()
        ? new RunOutcome.Ended(done.result())
        : crashed(run, done.cause())));
    return outcome.future().andThen(done -> {
      grace[0].cancel();
      story.add(run.timeline().render());
      notifyObserver(call, flow, run, done.result());
    });
  }

  private static Future<RunResult> start(FlowRun run) {
    try {
      return run.start();
    } catch (RuntimeException bug) {
      return Future.failedFuture(bug);
    }
  }

  private static void feed(FlowRun run, AriEvent event, Promise<RunOutcome> outcome) {
    if (outcome.future().isComplete()) {
      return;
    }
    try {
      run.onEvent(event);
    } catch (RuntimeException bug) {
      outcome.tryComplete(crashed(run, bug));
    }
  }

  private static RunOutcome crashed(FlowRun run, Throwable bug) {
    LOG.error("call={} the interpreter failed in state {}: {}", run.call().callId(), run.state(), bug.toString(),
        bug);
    run.cancel("interpreter failure: " + bug);
    return new RunOutcome.Crashed(bug);
  }

  private void cancelLingering(FlowRun run, String how) {
    LOG.warn("call={} caller gone ({}) {} ago and the flow still runs; cancelling it", run.call().callId(), how,
        hangupGrace);
    run.cancel("caller gone for " + hangupGrace.toSeconds() + " s");
  }

  private void notifyObserver(CallSession call, FlowSpec flow, FlowRun run, RunOutcome outcome) {
    Optional<RunResult> result = outcome instanceof RunOutcome.Ended ended
        ? Optional.of(ended.result())
        : Optional.empty();
    try {
      options.observer().accept(new FinishedRun(call.callId(), flow.id(), result, run.timeline(),
          run.variables()));
    } catch (RuntimeException e) {
      LOG.error("call={} run observer failed: {}", call.callId(), e.toString());
    }
  }
}
