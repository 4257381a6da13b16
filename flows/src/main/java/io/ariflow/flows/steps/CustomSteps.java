package io.ariflow.flows.steps;

import io.ariflow.flows.spec.CustomSpec;
import io.vertx.core.Future;
import java.util.Map;

/** Runs {@link CustomSpec} steps by handing them to the {@link CustomStepType} registered under their name. */
final class CustomSteps implements StepType<CustomSpec> {

  private final Map<String, CustomStepType> types;

  CustomSteps(Map<String, CustomStepType> types) {
    this.types = Map.copyOf(types);
  }

  @Override
  public Class<CustomSpec> specType() {
    return CustomSpec.class;
  }

  @Override
  public Future<StepResult> execute(CustomSpec spec, StepContext ctx) {
    CustomStepType type = types.get(spec.typeName());
    if (type == null) {
      return Future.failedFuture(new IllegalStateException("no custom step type '" + spec.typeName()
          + "' is installed"));
    }
    return type.execute(spec, ctx);
  }
}
