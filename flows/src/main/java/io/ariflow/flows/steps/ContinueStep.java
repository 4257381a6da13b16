package io.ariflow.flows.steps;

import io.ariflow.flows.spec.ContinueSpec;
import io.vertx.core.Future;
import java.util.Optional;

/** {@code continue}: ends the run; the interpreter sends the caller back to the dialplan (default: after Stasis()). */
public final class ContinueStep implements StepType<ContinueSpec> {

  @Override
  public Class<ContinueSpec> specType() {
    return ContinueSpec.class;
  }

  @Override
  public Future<StepResult> execute(ContinueSpec spec, StepContext ctx) {
    Optional<String> context = spec.context().map(ctx::render);
    Optional<String> extension = spec.extension().map(ctx::render);
    return Future.succeededFuture(
        StepResult.terminal(new Termination.Continued(context, extension, spec.priority()), ""));
  }
}
