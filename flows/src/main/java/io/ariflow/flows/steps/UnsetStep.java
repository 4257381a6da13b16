package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.UnsetSpec;
import io.vertx.core.Future;

/** {@code unset}: clears flow variables back to null. */
public final class UnsetStep implements StepType<UnsetSpec> {

  @Override
  public Class<UnsetSpec> specType() {
    return UnsetSpec.class;
  }

  @Override
  public Future<StepResult> execute(UnsetSpec spec, StepContext ctx) {
    spec.names().forEach(ctx::unsetVariable);
    return Future.succeededFuture(StepResult.of(Outcomes.DONE));
  }
}
