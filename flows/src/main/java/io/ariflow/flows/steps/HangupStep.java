package io.ariflow.flows.steps;

import io.ariflow.flows.spec.HangupSpec;
import io.vertx.core.Future;

/** {@code hangup}: ends the run; the interpreter then hangs the caller up with the flow's cause. */
public final class HangupStep implements StepType<HangupSpec> {

  @Override
  public Class<HangupSpec> specType() {
    return HangupSpec.class;
  }

  @Override
  public Future<StepResult> execute(HangupSpec spec, StepContext ctx) {
    return Future.succeededFuture(StepResult.terminal(new Termination.HungUp(spec.cause()), ""));
  }
}
