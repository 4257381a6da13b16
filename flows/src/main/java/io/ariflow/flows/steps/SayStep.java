package io.ariflow.flows.steps;

import io.ariflow.flows.spec.Outcomes;
import io.ariflow.flows.spec.SayKind;
import io.ariflow.flows.spec.SaySpec;
import io.vertx.core.Future;
import java.util.List;

/**
 * {@code say}: reads a value with Asterisk's own prompts: {@code digits:}, {@code number:} and
 * {@code characters:} media, or a date spoken from sound files ({@link SayDate}).
 */
public final class SayStep implements StepType<SaySpec> {

  @Override
  public Class<SaySpec> specType() {
    return SaySpec.class;
  }

  @Override
  public Future<StepResult> execute(SaySpec spec, StepContext ctx) {
    String value = ctx.render(spec.value());
    String lang = spec.lang().map(ctx::render).orElse(null);
    List<String> media = media(spec, ctx, value);
    return CallerMedia.answer(ctx)
        .compose(ready -> Prompts.playAndAwait(ctx, media, lang, false))
        .map(done -> StepResult.of(Outcomes.DONE).noted("said " + Notes.value(value)));
  }

  /** The media URIs that say {@code value}. */
  static List<String> media(SaySpec spec, StepContext ctx, String value) {
    if (spec.kind() == SayKind.DATE) {
      return SayDate.media(value, spec.format().orElse("ABdY"), ctx.scope().now().getZone());
    }
    return List.of(spec.kind().field() + ":" + value);
  }
}
