package io.ariflow.flows.steps;

import io.ariflow.flows.spec.SwitchSpec;
import io.vertx.core.Future;

/** {@code switch}: the case equal to the rendered value, else {@code default}. */
public final class SwitchStep implements StepType<SwitchSpec> {

  @Override
  public Class<SwitchSpec> specType() {
    return SwitchSpec.class;
  }

  @Override
  public Future<StepResult> execute(SwitchSpec spec, StepContext ctx) {
    String value = ctx.render(spec.value());
    String outcome = spec.cases().containsKey(value) ? SwitchSpec.CASE_PREFIX + value : SwitchSpec.DEFAULT;
    return Future.succeededFuture(StepResult.of(outcome));
  }
}
