package io.ariflow.flows.steps;

import io.ariflow.flows.spec.CallSpec;
import io.ariflow.flows.spec.Outcomes;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code call}: runs another flow as a sub-flow and comes back with its returned values. It lets the sub-flow
 * handle the caller's hangup first ({@link #handlesHangup()}) and then produces {@code hangup} (with whatever
 * the sub-flow returned); a sub-flow that ends the call ends the run.
 */
public final class CallStep implements StepType<CallSpec> {

  @Override
  public Class<CallSpec> specType() {
    return CallSpec.class;
  }

  @Override
  public boolean handlesHangup() {
    return true;
  }

  @Override
  public Future<StepResult> execute(CallSpec spec, StepContext ctx) {
    Map<String, Object> args = new LinkedHashMap<>();
    spec.args().forEach((name, value) -> args.put(name, ctx.evaluate(value)));
    return ctx.callFlow(spec.flow(), args).compose(end -> result(spec, ctx, end));
  }

  private static Future<StepResult> result(CallSpec spec, StepContext ctx, FlowEnd end) {
    if (end instanceof FlowEnd.Returned returned) {
      String outcome = ctx.callerGone() ? Outcomes.HANGUP : CallSpec.RETURNED;
      return Future.succeededFuture(StepResult.of(outcome, returned.values()));
    }
    if (end instanceof FlowEnd.Ended ended) {
      return Future.succeededFuture(StepResult.terminal(ended.termination(), ""));
    }
    if (end instanceof FlowEnd.CallerHungUp) {
      return Future.succeededFuture(StepResult.of(Outcomes.HANGUP));
    }
    return Future.failedFuture(new IllegalStateException(
        "sub-flow " + spec.flow() + " failed: " + ((FlowEnd.Failed) end).reason()));
  }
}
