package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.ProgressSpec;
import io.vertx.core.Future;

/** {@code progress}: early media (183) so the caller hears prompts before being answered. */
public final class ProgressStep implements StepType<ProgressSpec> {

  @Override
  public Class<ProgressSpec> specType() {
    return ProgressSpec.class;
  }

  @Override
  public Future<StepResult> execute(ProgressSpec spec, StepContext ctx) {
    return ctx.calls().progress(ctx.channelId()).map(done -> {
      ctx.markEarlyMedia();
      return StepResult.of(Outcomes.DONE);
    });
  }
}
