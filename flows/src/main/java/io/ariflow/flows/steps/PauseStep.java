package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.PauseSpec;
import io.vertx.core.Future;

/** {@code pause}: waits on the run's timers; a hangup ends the wait. */
public final class PauseStep implements StepType<PauseSpec> {

  @Override
  public Class<PauseSpec> specType() {
    return PauseSpec.class;
  }

  @Override
  public Future<StepResult> execute(PauseSpec spec, StepContext ctx) {
    return ctx.sleep(spec.duration()).map(done -> StepResult.of(Outcomes.DONE));
  }
}
