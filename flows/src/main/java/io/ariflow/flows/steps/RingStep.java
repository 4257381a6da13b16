package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.RingSpec;
import io.vertx.core.Future;

/** {@code ring}: the caller hears ringing (180) until the channel is answered. */
public final class RingStep implements StepType<RingSpec> {

  @Override
  public Class<RingSpec> specType() {
    return RingSpec.class;
  }

  @Override
  public Future<StepResult> execute(RingSpec spec, StepContext ctx) {
    return ctx.calls().ring(ctx.channelId()).map(done -> StepResult.of(Outcomes.DONE));
  }
}
