package io.ariflow.flows.steps;

import io.ariflow.flows.spec.ContinueSpec;
import io.vertx.core.Future;
import java.util.Optional;

/** {@code continue}: sends the caller back to the dialplan (by default right after Stasis()) and ends the run. */
public final class ContinueStep implements StepType<ContinueSpec> {

  @Override
  public Class<ContinueSpec> specType() {
    return ContinueSpec.class;
  }

  @Override
  public Future<StepResult> execute(ContinueSpec spec, StepContext ctx) {
    Optional<String> context = spec.context().map(ctx::render);
    Optional<String> extension = spec.extension().map(ctx::render);
    Integer priority = spec.priority().isPresent() ? spec.priority().getAsInt() : null;
    return ctx.calls().continueInDialplan(ctx.channelId(), context.orElse(null), extension.orElse(null), priority)
        .map(done -> StepResult.terminal(new Termination.Continued(context, extension, spec.priority()), ""));
  }
}
