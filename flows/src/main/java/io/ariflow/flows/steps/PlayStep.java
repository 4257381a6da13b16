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
    List<String> once = MediaUris.render(ctx, spec.media());
    List<String> media = MediaUris.repeat(once, spec.loops());
    String lang = spec.lang().map(ctx::render).orElse(null);
    String played = "played " + Notes.media(once) + (spec.loops() > 1 ? " (" + spec.loops() + " times)" : "");
    return CallerMedia.prepare(ctx, spec.earlyMedia())
        .compose(ready -> Prompts.playAndAwait(ctx, media, lang, spec.bargeIn()))
        .map(end -> result(end, played));
  }

  private static StepResult result(PromptEnd end, String played) {
    return end.digit()
        .map(digit -> StepResult.of(PlaySpec.INTERRUPTED, Map.of("digit", digit))
            .noted(played + " (interrupted by " + digit + ")"))
        .orElseGet(() -> StepResult.of(Outcomes.DONE).noted(played));
  }
}
