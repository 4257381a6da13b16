package io.ariflow.flows.steps;

import io.ariflow.flows.spec.ReturnSpec;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code return}: hands values back to the calling flow's {@code call} step (at the top: back to the dialplan). */
public final class ReturnStep implements StepType<ReturnSpec> {

  @Override
  public Class<ReturnSpec> specType() {
    return ReturnSpec.class;
  }

  @Override
  public Future<StepResult> execute(ReturnSpec spec, StepContext ctx) {
    Map<String, Object> values = new LinkedHashMap<>();
    spec.values().forEach((name, value) -> values.put(name, ctx.evaluate(value)));
    return Future.succeededFuture(StepResult.terminal(new Termination.Return(values), ""));
  }
}
