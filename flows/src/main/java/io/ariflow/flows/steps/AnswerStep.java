package io.ariflow.flows.steps;

import io.ariflow.flows.spec.AnswerSpec;
import io.ariflow.flows.spec.Outcomes;
import io.vertx.core.Future;

/** {@code answer}: answers the caller unless already answered; the timeline says "answered" when it did. */
public final class AnswerStep implements StepType<AnswerSpec> {

  @Override
  public Class<AnswerSpec> specType() {
    return AnswerSpec.class;
  }

  @Override
  public Future<StepResult> execute(AnswerSpec spec, StepContext ctx) {
    boolean already = ctx.answered();
    return CallerMedia.answer(ctx).map(done -> StepResult.of(Outcomes.DONE).noted(already ? "" : "answered"));
  }
}
