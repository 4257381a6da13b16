package io.ariflow.flows.runtime;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.StepSpec;
import io.ariflow.flows.steps.CancelReason;
import io.ariflow.flows.steps.StepRegistry;
import io.ariflow.flows.steps.StepType;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts step executions for the frames of one run: counts passes, builds the context, keeps the stack of
 * running steps (a {@code call} step and the steps of its sub-flow) so a hangup or a cancel reaches all of
 * them, records results and timeline entries, and reports routed steps to the run machine.
 */
final class StepLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(StepLauncher.class);

  private final RunEnvironment env;
  private final StepRegistry registry;
  private final StepExecution execution;
  private final Timeline timeline;
  private final RunMachine machine;
  private final List<ExecutionContext> active = new ArrayList<>();
  private String lastStep = "";

  StepLauncher(RunEnvironment env, StepRegistry registry, StepExecution execution, Timeline timeline,
      RunMachine machine) {
    this.env = env;
    this.registry = registry;
    this.execution = execution;
    this.timeline = timeline;
    this.machine = machine;
  }

  /** Counts a step about to start against the loop guard. */
  Optional<String> admit() {
    return env.guard().admit();
  }

  <S extends StepSpec> Future<StepEnd> execute(Frame frame, S spec) {
    if (!registry.supports(spec.getClass())) {
      return Future.succeededFuture(new StepEnd(Outcomes.ERROR, Map.of(), "", Optional.empty(),
          Optional.of("no step type is installed for " + spec.typeName())));
    }
    StepType<S> type = registry.forSpec(spec);
    int passes = frame.countPass(spec.id());
    ExecutionContext ctx =
        new ExecutionContext(env, frame, frame.scope(), spec.id(), passes, type.handlesHangup());
    active.add(ctx);
    lastStep = spec.id();
    LOG.debug("call {}: step {} ({}) starts", env.info().callId(), spec.id(), spec.typeName());
    return execution.run(type, spec, ctx)
        .andThen(done -> active.remove(ctx))
        .map(end -> record(frame, spec, ctx, end));
  }

  /** The outcome of {@code spec} was routed to another step. */
  void routed(StepSpec spec, String target) {
    machine.fire(RunInput.STEP_DONE, spec.id() + " -> " + target);
  }

  /** Cancels every running step; on hangup, not those that handle the hangup themselves. */
  void cancelAll(CancelReason reason) {
    for (ExecutionContext ctx : List.copyOf(active)) {
      if (reason != CancelReason.HANGUP || !ctx.handlesHangup()) {
        ctx.cancel(reason);
      }
    }
  }

  /** Stops {@code frame}: no further step starts and its running steps are cancelled. */
  void abort(Frame frame) {
    frame.abort();
    for (ExecutionContext ctx : List.copyOf(active)) {
      if (ctx.frame() == frame) {
        ctx.cancel(CancelReason.RUN_CANCELLED);
      }
    }
  }

  String lastStep() {
    return lastStep;
  }

  private StepEnd record(Frame frame, StepSpec spec, ExecutionContext ctx, StepEnd end) {
    frame.stepResults().put(spec.id(), end.results());
    String text = Outcomes.ERROR.equals(end.outcome())
        ? spec.id() + " failed: " + end.failure().orElse("error")
        : end.note();
    timeline.add(new TimelineEntry(env.ports().timers().now(), spec.id(), spec.typeName(), end.outcome(),
        ctx.changed(), text));
    LOG.debug("call {}: step {} -> {}", env.info().callId(), spec.id(), end.outcome());
    return end;
  }
}
