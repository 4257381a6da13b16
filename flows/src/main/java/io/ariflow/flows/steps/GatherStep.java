package io.ariflow.flows.steps;

import io.ariflow.flows.spec.GatherSpec;
import io.vertx.core.Future;
import java.util.Map;

/**
 * {@code gather}: collects digits (typed-ahead ones first, else after or over the barge-in prompt) until
 * the terminator, {@code maxDigits}, a match no further digit can change, or a timer. Fewer than
 * {@code minDigits} is {@code noinput} (or {@code nomatch} when {@code match} is set); {@code steps.X.digits}.
 */
public final class GatherStep implements StepType<GatherSpec> {

  @Override
  public Class<GatherSpec> specType() {
    return GatherSpec.class;
  }

  @Override
  public Future<StepResult> execute(GatherSpec spec, StepContext ctx) {
    DigitRules rules = new DigitRules(spec.terminator(), spec.firstDigitTimeout(), spec.interDigitTimeout(),
        digits -> enough(spec, digits));
    return CallerMedia.answer(ctx)
        .compose(ready -> DigitCollector.collect(ctx, MediaUris.render(ctx, spec.prompt()), null, rules))
        .map(collected -> result(spec, collected));
  }

  private static boolean enough(GatherSpec spec, String digits) {
    if (spec.maxDigits().isPresent() && digits.length() >= spec.maxDigits().getAsInt()) {
      return true;
    }
    return spec.match().filter(m -> m.matches(digits) && !m.canExtend(digits)).isPresent();
  }

  private static StepResult result(GatherSpec spec, Collected collected) {
    String digits = collected.digits();
    Map<String, Object> results = Map.of("digits", digits);
    if (digits.isEmpty() || (digits.length() < spec.minDigits() && spec.match().isEmpty())) {
      return StepResult.of(GatherSpec.NOINPUT, results).noted("entered nothing");
    }
    boolean matched = digits.length() >= spec.minDigits()
        && spec.match().map(m -> m.matches(digits)).orElse(true);
    String outcome = matched ? GatherSpec.MATCHED : GatherSpec.NOMATCH;
    return StepResult.of(outcome, results).noted("entered " + digits);
  }
}
