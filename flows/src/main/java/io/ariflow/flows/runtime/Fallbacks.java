package io.ariflow.flows.runtime;

import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.spec.FlowSpec;
import io.ariflow.flows.steps.FlowEnd;
import io.ariflow.flows.steps.Termination;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a flow's {@code fallback} when it failed: hang up, back to the dialplan, or a {@code goto} to a
 * step of the flow. A flow that declares none gets the host's default ({@link RunOptions#defaultFallback()});
 * with no default either, the channel is left in Stasis for the host. A failure inside the goto path, or a
 * tripped loop guard, hangs up instead, so a fallback can never loop. Nothing is sent for a caller who
 * already left.
 */
final class Fallbacks {

  private static final Logger LOG = LoggerFactory.getLogger(Fallbacks.class);
  private static final String LAST_RESORT = "normal";

  private final RunEnvironment env;
  private final RunMachine machine;
  private final Timeline timeline;
  private final BooleanSupplier cancelled;
  private final Optional<Fallback> defaultFallback;

  Fallbacks(RunEnvironment env, RunMachine machine, Timeline timeline, BooleanSupplier cancelled,
      Optional<Fallback> defaultFallback) {
    this.env = env;
    this.defaultFallback = defaultFallback;
    this.machine = machine;
    this.timeline = timeline;
    this.cancelled = cancelled;
  }

  /** The fallback {@code flow} gets: its own, else the default; empty when neither exists. */
  Optional<Fallback> of(FlowSpec flow) {
    return flow.fallback().or(() -> defaultFallback);
  }

  Future<RunResult> apply(FlowSpec flow, Frame top, String reason, StepLauncher launcher) {
    Optional<Fallback> fallback = of(flow);
    RunResult failed = new RunResult.Failed(reason, fallback);
    LOG.warn("call {}: flow {} failed: {}", env.info().callId(), flow.id(), reason);
    timeline.note(env.ports().timers().now(), "failed: " + reason);
    machine.fire(RunInput.STEP_FAILED, reason);
    if (env.caller().gone()) {
      return Future.succeededFuture(failed);
    }
    if (fallback.isEmpty()) {
      return Future.succeededFuture(leftToHost(failed));
    }
    if (fallback.get() instanceof Fallback.Goto jump && !env.guard().tripped()) {
      return new FrameRunner(launcher, top).runFrom(jump.step()).compose(end -> afterGoto(end, failed));
    }
    return command(fallback.get()).map(done -> failed);
  }

  private RunResult leftToHost(RunResult failed) {
    String text = "fallback: left to the engine";
    LOG.info("call {}: the flow declares no fallback and the run has no default; the channel stays in Stasis "
        + "for the engine", env.info().callId());
    machine.fire(RunInput.FALLBACK_DONE, text);
    timeline.note(env.ports().timers().now(), text);
    return failed;
  }

  private Future<RunResult> afterGoto(FlowEnd end, RunResult failed) {
    if (cancelled.getAsBoolean()) {
      machine.fire(RunInput.CANCEL, "run cancelled in the fallback path");
      return Future.succeededFuture(failed);
    }
    if (end instanceof FlowEnd.Failed again) {
      timeline.note(env.ports().timers().now(), "fallback failed: " + again.reason());
      machine.fire(RunInput.STEP_FAILED, again.reason());
      return hangup(LAST_RESORT).map(done -> failed);
    }
    Termination termination = Ending.termination(end);
    Future<Void> settled = termination == null
        ? Future.succeededFuture()
        : Terminations.perform(termination, env).otherwiseEmpty();
    return settled.map(done -> {
      machine.fire(RunInput.FALLBACK_DONE, "goto path ended");
      return failed;
    });
  }

  private Future<Void> command(Fallback fallback) {
    Future<Void> sent;
    String text;
    if (fallback instanceof Fallback.Hangup hangup) {
      sent = hangup(hangup.cause());
      text = "fallback: hung up (" + hangup.cause() + ")";
    } else if (fallback instanceof Fallback.Continue to) {
      sent = env.ports().calls().continueInDialplan(env.info().channelId(), to.context().orElse(null),
          to.extension().orElse(null), to.priority().isPresent() ? to.priority().getAsInt() : null)
          .otherwiseEmpty();
      text = "fallback: back to the dialplan";
    } else {
      sent = hangup(LAST_RESORT);
      text = "fallback: hung up (" + LAST_RESORT + ")";
    }
    return sent.map(done -> {
      machine.fire(RunInput.FALLBACK_DONE, text);
      timeline.note(env.ports().timers().now(), text);
      return null;
    });
  }

  private Future<Void> hangup(String cause) {
    return env.ports().calls().hangup(env.info().channelId(), cause).otherwiseEmpty();
  }
}
