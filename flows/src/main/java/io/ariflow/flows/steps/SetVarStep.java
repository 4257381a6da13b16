package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.SetVarSpec;
import io.vertx.core.Future;

/** {@code set-var}: sets a channel variable or function, e.g. {@code CALLERID(name)}. */
public final class SetVarStep implements StepType<SetVarSpec> {

  @Override
  public Class<SetVarSpec> specType() {
    return SetVarSpec.class;
  }

  @Override
  public Future<StepResult> execute(SetVarSpec spec, StepContext ctx) {
    String name = ctx.render(spec.name());
    String value = ctx.render(spec.value());
    return ctx.calls().setVar(ctx.channelId(), name, value).map(done -> {
      ctx.setChannelVariable(name, value);
      return StepResult.of(Outcomes.DONE);
    });
  }
}
