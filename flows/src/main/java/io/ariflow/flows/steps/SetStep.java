package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.SetSpec;
import io.ariflow.flows.spec.ValueSpec;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code set}: assigns flow variables in file order, each seeing the ones set before it. */
public final class SetStep implements StepType<SetSpec> {

  @Override
  public Class<SetSpec> specType() {
    return SetSpec.class;
  }

  @Override
  public Future<StepResult> execute(SetSpec spec, StepContext ctx) {
    Map<String, Object> assigned = new LinkedHashMap<>();
    for (Map.Entry<String, ValueSpec> entry : spec.values().entrySet()) {
      Object result = ctx.evaluate(entry.getValue());
      ctx.setVariable(entry.getKey(), result);
      assigned.put(entry.getKey(), result);
    }
    return Future.succeededFuture(StepResult.of(Outcomes.DONE).noted("set " + Notes.assignments(assigned)));
  }
}
