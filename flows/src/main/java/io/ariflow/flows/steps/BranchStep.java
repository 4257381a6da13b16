package io.ariflow.flows.steps;

import io.ariflow.flows.spec.BranchSpec;
import io.vertx.core.Future;

/** {@code branch}: the first case whose {@code when} is true, else {@code else}. */
public final class BranchStep implements StepType<BranchSpec> {

  @Override
  public Class<BranchSpec> specType() {
    return BranchSpec.class;
  }

  @Override
  public Future<StepResult> execute(BranchSpec spec, StepContext ctx) {
    for (int i = 0; i < spec.cases().size(); i++) {
      if (ctx.test(spec.cases().get(i).when())) {
        return Future.succeededFuture(StepResult.of(BranchSpec.caseOutcome(i)));
      }
    }
    return Future.succeededFuture(StepResult.of(BranchSpec.ELSE));
  }
}
