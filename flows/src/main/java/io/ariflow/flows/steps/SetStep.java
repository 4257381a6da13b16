package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.SetSpec;
import io.vertx.core.Future;

/** {@code set}: assigns flow variables in file order, each seeing the ones set before it. */
public final class SetStep implements StepType<SetSpec> {

  @Override
  public Class<SetSpec> specType() {
    return SetSpec.class;
  }

  @Override
  public Future<StepResult> execute(SetSpec spec, StepContext ctx) {
    spec.values().forEach((name, value) -> ctx.setVariable(name, ctx.evaluate(value)));
    return Future.succeededFuture(StepResult.of(Outcomes.DONE));
  }
}
