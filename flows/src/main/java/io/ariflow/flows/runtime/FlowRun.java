package io.ariflow.flows.runtime;

import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.spec.FlowSpec;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.flows.steps.CancelReason;
import io.ariflow.flows.steps.FlowEnd;
import io.ariflow.flows.steps.StepRegistry;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.ChannelStateChange;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.StasisEnd;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call running one flow: the interpreter's entry point. The app builds it on StasisStart, calls
 * {@link #start()} and feeds it every event of the caller's channel and of the channels and bridges it
 * created ({@link #owns(String)}). Single owner: every method is called on the call's context, so there are
 * no locks. The run is a state machine ({@link RunTable}) with a history and a {@link Timeline}.
 */
public final class FlowRun {

  private static final Logger LOG = LoggerFactory.getLogger(FlowRun.class);

  private final FlowSpec flow;
  private final CallInfo info;
  private final RunEnvironment env;
  private final FlowCatalog catalog;
  private final RunOptions options;
  private final RunMachine machine;
  private final Timeline timeline;
  private final StepLauncher launcher;
  private final Set<String> created = new HashSet<>();
  private final Promise<RunResult> result = Promise.promise();
  private final Fallbacks fallbacks;
  private Frame top;
  private String cancelReason;

  /**
   * A run of {@code flow} for the call {@code info}.
   *
   * @param flow the flow Stasis() named
   * @param info the call
   * @param ports the ports, bound to the call's context
   * @param steps the step types
   * @param catalog the flows {@code call} steps may start (the catalog current when the call arrived)
   * @param options limits and defaults
   */
  public FlowRun(FlowSpec flow, CallInfo info, RunPorts ports, StepRegistry steps, FlowCatalog catalog,
      RunOptions options) {
    this(flow, info, ports, steps, catalog, options, TransitionObserver.NONE);
  }

  /** As the other constructor, reporting every run-table row applied to {@code observer} (for tests). */
  public FlowRun(FlowSpec flow, CallInfo info, RunPorts ports, StepRegistry steps, FlowCatalog catalog,
      RunOptions options, TransitionObserver observer) {
    this.flow = flow;
    this.info = info;
    this.catalog = catalog;
    this.options = options;
    this.machine = new RunMachine(info.callId(), observer);
    this.timeline = new Timeline(flow.timezone().map(ZoneId::of).orElse(options.zone()));
    RunPorts tracked = ports.withCalls(new TrackingCallControl(ports.calls(), created));
    this.env = new RunEnvironment(tracked, new EventHub(), new CallerState(info.answered()),
        new LoopGuard(options.maxStepsWithoutWait()), info, info.asVariables(), options.zone(), this::callSubFlow);
    StepExecution execution = new StepExecution(ports.timers(), options.cleanupGrace(), info.channelId(),
        this::callerGone);
    this.launcher = new StepLauncher(env, steps, execution, timeline, machine);
    this.fallbacks = new Fallbacks(env, machine, timeline, () -> cancelReason != null, options.defaultFallback());
  }

  /** Starts the flow; the future completes when the run ends, however it ends (it never fails). */
  public Future<RunResult> start() {
    if (machine.state() != RunState.NEW) {
      return result.future();
    }
    machine.fire(RunInput.START, "flow " + flow.id());
    timeline.note(now(), "call from " + orUnknown(info.callerNumber()) + " to " + orUnknown(info.extension()));
    LOG.info("call {}: flow {} starts for channel {}", info.callId(), flow.id(), info.channelId());
    top = new Frame(flow, 0, info.args(), env);
    new FrameRunner(launcher, top).runFrom(flow.start()).onComplete(done -> finish(
        done.succeeded() ? done.result() : new FlowEnd.Failed("interpreter failure: " + done.cause())));
    return result.future();
  }

  /** Delivers an ARI event of this call; events after the run ended are ignored. */
  public void onEvent(AriEvent event) {
    if (result.future().isComplete()) {
      return;
    }
    if (event instanceof HasChannel about && about.channel() != null
        && info.channelId().equals(about.channel().id())) {
      observeCaller(event);
    }
    env.hub().dispatch(event);
  }

  /** Cancels the run (shutdown, the call taken over): running steps clean up and the run ends. */
  public void cancel(String reason) {
    if (result.future().isComplete() || cancelReason != null) {
      return;
    }
    cancelReason = reason;
    if (machine.state() == RunState.NEW) {
      conclude(RunInput.CANCEL, new RunResult.Cancelled(reason), "run cancelled: " + reason);
      return;
    }
    launcher.cancelAll(CancelReason.RUN_CANCELLED);
  }

  /** Whether an event about {@code channelOrBridgeId} belongs to this run: the caller or what it created. */
  public boolean owns(String channelOrBridgeId) {
    return info.channelId().equals(channelOrBridgeId) || created.contains(channelOrBridgeId);
  }

  /** The run's state. */
  public RunState state() {
    return machine.state();
  }

  /** The run's recent state changes, oldest first. */
  public List<HistoryEntry> history() {
    return machine.history();
  }

  /** The run's timeline. */
  public Timeline timeline() {
    return timeline;
  }

  /** The call. */
  public CallInfo call() {
    return info;
  }

  /** The flow variables of the Stasis flow (empty before start), for inspection and tests. */
  public Map<String, Object> variables() {
    return top == null ? Map.of() : Collections.unmodifiableMap(top.variables());
  }

  /** The {@code steps.<id>} results of the Stasis flow (empty before start), for inspection and tests. */
  public Map<String, Object> stepResults() {
    return top == null ? Map.of() : Collections.unmodifiableMap(top.stepResults());
  }

  private void observeCaller(AriEvent event) {
    if (event instanceof ChannelStateChange change && "Up".equals(change.channel().state())) {
      env.caller().markAnswered();
    }
    if (event instanceof ChannelHangupRequest || event instanceof StasisEnd || event instanceof ChannelDestroyed) {
      callerGone();
    }
  }

  private void callerGone() {
    if (!env.caller().markGone()) {
      return;
    }
    LOG.info("call {}: caller left during step {}", info.callId(), launcher.lastStep());
    if (machine.accepts(RunInput.CALLER_HANGUP)) {
      machine.fire(RunInput.CALLER_HANGUP, "during " + launcher.lastStep());
    }
    launcher.cancelAll(CancelReason.HANGUP);
  }

  private Future<FlowEnd> callSubFlow(ExecutionContext caller, String flowId, Map<String, Object> args) {
    int depth = caller.frame().depth();
    if (depth + 1 >= options.maxCallDepth()) {
      return Future.succeededFuture(new FlowEnd.Failed("call " + flowId + ": sub-flows nested deeper than "
          + options.maxCallDepth()));
    }
    return catalog.flow(flowId)
        .map(sub -> runSubFlow(caller, sub, args))
        .orElseGet(() -> Future.succeededFuture(new FlowEnd.Failed("call: no flow '" + flowId + "'")));
  }

  private Future<FlowEnd> runSubFlow(ExecutionContext caller, FlowSpec sub, Map<String, Object> args) {
    Frame frame = new Frame(sub, caller.frame().depth() + 1, args, env);
    caller.cancelled().onSuccess(reason -> launcher.abort(frame));
    return new FrameRunner(launcher, frame).runFrom(sub.start());
  }

  private void finish(FlowEnd end) {
    if (cancelReason != null) {
      conclude(RunInput.CANCEL, new RunResult.Cancelled(cancelReason), "run cancelled: " + cancelReason);
      return;
    }
    if (end instanceof FlowEnd.Failed failed) {
      fallbacks.apply(flow, top, failed.reason(), launcher).onComplete(done -> result.tryComplete(
          done.succeeded() ? done.result() : new RunResult.Failed(failed.reason(), fallbacks.of(flow))));
      return;
    }
    Ending ending = Ending.of(end, env.caller().gone(), launcher.lastStep());
    Future<Void> sent = ending.command().map(command -> Terminations.perform(command, env))
        .orElse(Future.succeededFuture());
    sent.onComplete(done -> {
      if (done.failed()) {
        LOG.warn("call {}: final command for '{}' refused: {}", info.callId(), ending.text(),
            done.cause().getMessage());
      }
      conclude(RunInput.FLOW_END, ending.result(), ending.text());
    });
  }

  private void conclude(RunInput input, RunResult runResult, String text) {
    machine.fire(input, text);
    timeline.note(now(), text);
    LOG.info("call {}: run ended: {} ({})", info.callId(), text, runResult);
    result.tryComplete(runResult);
  }

  private Instant now() {
    return env.ports().timers().now();
  }

  private static String orUnknown(String value) {
    return value == null || value.isEmpty() ? "unknown" : value;
  }
}
