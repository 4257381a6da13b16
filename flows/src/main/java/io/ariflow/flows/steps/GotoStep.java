package io.ariflow.flows.steps;

import io.ariflow.flows.spec.GotoSpec;
import io.ariflow.flows.spec.Outcomes;
import io.vertx.core.Future;

/** {@code goto}: jumps to its target; with {@code max}, the pass after the max-th gives {@code exhausted}. */
public final class GotoStep implements StepType<GotoSpec> {

  @Override
  public Class<GotoSpec> specType() {
    return GotoSpec.class;
  }

  @Override
  public Future<StepResult> execute(GotoSpec spec, StepContext ctx) {
    boolean exhausted = spec.max().isPresent() && ctx.passes() > spec.max().getAsInt();
    return Future.succeededFuture(StepResult.of(exhausted ? GotoSpec.EXHAUSTED : Outcomes.DONE));
  }
}
