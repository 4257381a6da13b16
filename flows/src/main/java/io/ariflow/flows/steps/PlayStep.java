package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.PlaySpec;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/**
 * {@code play}: plays the media list {@code loops} times as one playback. Before answer it answers, or with
 * {@code earlyMedia} sends progress. With {@code bargeIn} the first digit stops the prompt: outcome
 * {@code interrupted}, {@code steps.X.digit}, and the digit stays buffered for the next gather or menu.
 */
public final class PlayStep implements StepType<PlaySpec> {

  @Override
  public Class<PlaySpec> specType() {
    return PlaySpec.class;
  }

  @Override
  public Future<StepResult> execute(PlaySpec spec, StepContext ctx) {
    List<String> media = MediaUris.repeat(MediaUris.render(ctx, spec.media()), spec.loops());
    String lang = spec.lang().map(ctx::render).orElse(null);
    return CallerMedia.prepare(ctx, spec.earlyMedia())
        .compose(ready -> Prompts.playAndAwait(ctx, media, lang, spec.bargeIn()))
        .map(PlayStep::result);
  }

  private static StepResult result(PromptEnd end) {
    return end.digit()
        .map(digit -> StepResult.of(PlaySpec.INTERRUPTED, Map.of("digit", digit)))
        .orElseGet(() -> StepResult.of(Outcomes.DONE));
  }
}
