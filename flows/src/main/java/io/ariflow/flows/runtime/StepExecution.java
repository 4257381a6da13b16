package io.ariflow.flows.runtime;

import io.ariflow.flows.expr.EvaluationException;
import io.ariflow.flows.port.CallControlFailure;
import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.port.TimerHandle;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.StepSpec;
import io.ariflow.flows.steps.CancelReason;
import io.ariflow.flows.steps.StepResult;
import io.ariflow.flows.steps.StepType;
import io.ariflow.flows.steps.Termination;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one step once and turns whatever happens into a {@link StepEnd}: its result, {@code error} for a
 * failure (a failed future, an exception, a listener of the step that threw), {@code timeout} when the
 * step's timeout fired, {@code hangup} when the caller left (or a command about the caller's channel found it
 * gone). A cancelled step is given {@code cleanupGrace} to unwind its clean-ups before the run moves on, so
 * the next step never races the previous one's stopPlayback or leg hangups.
 */
final class StepExecution {

  private final Timers timers;
  private final Duration cleanupGrace;
  private final String callerChannelId;
  private final Runnable callerGone;

  StepExecution(Timers timers, Duration cleanupGrace, String callerChannelId, Runnable callerGone) {
    this.timers = timers;
    this.cleanupGrace = cleanupGrace;
    this.callerChannelId = callerChannelId;
    this.callerGone = callerGone;
  }

  <S extends StepSpec> Future<StepEnd> run(StepType<S> type, S spec, ExecutionContext ctx) {
    Promise<StepEnd> end = Promise.promise();
    TimerHandle timeout = spec.common().timeout()
        .map(after -> timers.schedule(after, () -> ctx.cancel(CancelReason.TIMEOUT)))
        .orElse(() -> false);
    Future<StepResult> work = invoke(type, spec, ctx);
    work.onComplete(result -> end.tryComplete(settle(ctx, result)));
    ctx.cancelled().onSuccess(reason -> {
      TimerHandle grace = timers.schedule(cleanupGrace, () -> end.tryComplete(cancelled(ctx, reason)));
      end.future().onComplete(done -> grace.cancel());
    });
    return end.future().andThen(done -> {
      timeout.cancel();
      ctx.close();
    });
  }

  private static <S extends StepSpec> Future<StepResult> invoke(StepType<S> type, S spec, ExecutionContext ctx) {
    try {
      Future<StepResult> work = type.execute(spec, ctx);
      return work == null ? Future.failedFuture(new IllegalStateException("step returned no future")) : work;
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private StepEnd settle(ExecutionContext ctx, AsyncResult<StepResult> result) {
    if (ctx.reason() != null) {
      return cancelled(ctx, ctx.reason());
    }
    if (result.succeeded()) {
      StepResult value = result.result();
      Map<String, Object> results = new LinkedHashMap<>(ctx.partialResults());
      results.putAll(value.results());
      String note = value.note().isEmpty() ? ctx.note() : value.note();
      return new StepEnd(value.outcome(), results, note, value.termination(), Optional.empty());
    }
    Throwable failure = result.cause();
    if (callerLeft(failure)) {
      callerGone.run();
      return end(ctx, Outcomes.HANGUP, Optional.empty());
    }
    return end(ctx, Outcomes.ERROR, Optional.of(describe(failure)));
  }

  /**
   * Whether a step's failure says the caller left: the caller's channel is gone or out of Stasis. The same
   * refusal about a dialled leg, a finished playback, a recording or a bridge is a normal race the step did
   * not absorb, so it is an {@code error}, never a hangup (the caller's own hangup arrives as an event).
   */
  private boolean callerLeft(Throwable failure) {
    return failure instanceof CallControlFailure refused
        && (refused.kind() == FailureKind.GONE || refused.kind() == FailureKind.NOT_IN_STASIS)
        && refused.subject().map(callerChannelId::equals).orElse(true);
  }

  private static StepEnd cancelled(ExecutionContext ctx, CancelReason reason) {
    return switch (reason) {
      case HANGUP -> end(ctx, Outcomes.HANGUP, Optional.empty());
      case TIMEOUT -> end(ctx, Outcomes.TIMEOUT, Optional.empty());
      case FAILED -> end(ctx, Outcomes.ERROR, Optional.of(ctx.failure()));
      case RUN_CANCELLED -> new StepEnd("cancelled", ctx.partialResults(), ctx.note(),
          Optional.of(new Termination.Finished("run cancelled")), Optional.empty());
    };
  }

  private static StepEnd end(ExecutionContext ctx, String outcome, Optional<String> failure) {
    return new StepEnd(outcome, ctx.partialResults(), ctx.note(), Optional.empty(), failure);
  }

  private static String describe(Throwable failure) {
    if (failure instanceof EvaluationException evaluation) {
      return "expression failed: " + evaluation.getMessage();
    }
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
