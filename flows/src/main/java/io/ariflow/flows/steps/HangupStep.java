package io.ariflow.flows.steps;

import io.ariflow.flows.spec.HangupSpec;
import io.vertx.core.Future;

/** {@code hangup}: hangs the caller up with the flow's cause and ends the run. */
public final class HangupStep implements StepType<HangupSpec> {

  @Override
  public Class<HangupSpec> specType() {
    return HangupSpec.class;
  }

  @Override
  public Future<StepResult> execute(HangupSpec spec, StepContext ctx) {
    return ctx.calls().hangup(ctx.channelId(), spec.cause())
        .map(done -> StepResult.terminal(new Termination.HungUp(spec.cause()), ""));
  }
}
