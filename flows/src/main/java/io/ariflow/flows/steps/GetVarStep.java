package io.ariflow.flows.steps;

import io.ariflow.flows.spec.GetVarSpec;
import io.ariflow.flows.spec.Outcomes;
import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;

/**
 * {@code get-var}: reads a channel variable or function into a flow variable (and {@code chan.<name>});
 * {@code missing} when Asterisk says it is not set, leaving the flow variable null.
 */
public final class GetVarStep implements StepType<GetVarSpec> {

  @Override
  public Class<GetVarSpec> specType() {
    return GetVarSpec.class;
  }

  @Override
  public Future<StepResult> execute(GetVarSpec spec, StepContext ctx) {
    String name = ctx.render(spec.name());
    return ctx.calls().getVar(ctx.channelId(), name).map(value -> store(spec, ctx, name, value));
  }

  private static StepResult store(GetVarSpec spec, StepContext ctx, String name, Optional<String> value) {
    ctx.setVariable(spec.into(), value.orElse(null));
    if (value.isEmpty()) {
      return StepResult.of(GetVarSpec.MISSING);
    }
    ctx.setChannelVariable(name, value.get());
    return StepResult.of(Outcomes.DONE, Map.of("value", value.get()));
  }
}
