package io.ariflow.flows.steps;

import io.ariflow.flows.conference.supervision.SupervisionAnswer;
import io.ariflow.flows.conference.supervision.SupervisionOutcome;
import io.ariflow.flows.port.SuperviseRequest;
import io.ariflow.flows.port.SupervisionHandle;
import io.ariflow.flows.port.SupervisionPort;
import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.SuperviseSpec;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Map;

/**
 * {@code supervise}: connects the caller, a supervisor, to a running call through the host's
 * {@link SupervisionPort}; the session follows the supervisor's keys itself and the step ends with it. Cancelling
 * the step stops the session, leaving the supervisor's channel to the flow. A supervisor hanging up is the usual
 * {@code hangup}.
 */
public final class SuperviseStep implements StepType<SuperviseSpec> {

  @Override
  public Class<SuperviseSpec> specType() {
    return SuperviseSpec.class;
  }

  @Override
  public Future<StepResult> execute(SuperviseSpec spec, StepContext ctx) {
    SupervisionPort port = ctx.port(SupervisionPort.class).orElse(null);
    if (port == null) {
      return Future.failedFuture(new IllegalStateException("this engine offers no supervision"));
    }
    String target = ctx.render(spec.target());
    String identity = spec.identity().map(ctx::render).orElseGet(() -> endpointOf(ctx));
    ctx.putResult("mode", spec.mode().label());
    SuperviseRequest request = new SuperviseRequest(ctx.channelId(), identity, target, spec.mode());
    return CallerMedia.answer(ctx)
        .compose(ready -> port.supervise(request))
        .compose(handle -> awaitEnd(ctx, handle))
        .map(ended -> result(ctx, spec, target, ended));
  }

  private static Future<SupervisionAnswer.Ended> awaitEnd(StepContext ctx, SupervisionHandle handle) {
    Promise<SupervisionAnswer.Ended> out = Promise.promise();
    handle.ended().onComplete(out);
    ctx.cancelled().onSuccess(reason -> {
      handle.stop();
      out.tryFail(new StepCancelledException(reason));
    });
    return out.future();
  }

  private static StepResult result(StepContext ctx, SuperviseSpec spec, String target,
      SupervisionAnswer.Ended ended) {
    ctx.putResult("reason", ended.reason());
    String outcome = ended.outcome() == SupervisionOutcome.SUPERVISOR_LEFT ? Outcomes.HANGUP
        : ended.outcome().label();
    return StepResult.of(outcome, Map.of())
        .noted("supervised " + target + " (" + spec.mode().label() + "): " + ended.outcome().label());
  }

  /** The supervisor's endpoint from its channel name: {@code PJSIP/1001-00000001} is {@code PJSIP/1001}. */
  static String endpointOf(StepContext ctx) {
    String name = ctx.scope().lookup(List.of("call", "channel")).map(String::valueOf).orElse("");
    return name.replaceFirst("-[0-9a-fA-F]+(;[12])?$", "");
  }
}
