package io.ariflow.flows.steps;

import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.MenuChoice;
import io.ariflow.flows.spec.MenuSpec;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One execution of a menu: the tries, the two failure counters and the entry's meaning. */
final class MenuRun {

  private final MenuSpec spec;
  private final StepContext ctx;
  private final DigitRules rules;
  private int invalid;
  private int noInput;

  MenuRun(MenuSpec spec, StepContext ctx) {
    this.spec = spec;
    this.ctx = ctx;
    this.rules = new DigitRules(spec.terminator(), spec.firstDigitTimeout(), spec.interDigitTimeout(),
        this::enough);
  }

  Future<StepResult> start() {
    return attempt(List.of());
  }

  private Future<StepResult> attempt(List<MediaRef> lead) {
    List<MediaRef> media = new ArrayList<>(lead);
    media.addAll(spec.prompt());
    return DigitCollector.collect(ctx, MediaUris.render(ctx, media), null, rules).compose(this::judge);
  }

  private Future<StepResult> judge(Collected entry) {
    String digits = entry.digits();
    if (digits.isEmpty()) {
      noInput++;
      return noInput >= spec.maxNoInput()
          ? exit(MenuSpec.NOINPUT, digits, "menu: no input")
          : attempt(spec.noInputPrompt());
    }
    if (spec.back().filter(digits::equals).isPresent()) {
      return done(MenuSpec.BACK, digits, "menu: back");
    }
    Optional<MenuChoice> choice = spec.choiceFor(digits);
    if (choice.isPresent()) {
      return done(choice.get().outcome(), digits, "menu: pressed " + digits);
    }
    if (spec.directDial().filter(pattern -> pattern.matches(digits)).isPresent()) {
      return done(MenuSpec.DIRECT, digits, "menu: dialled " + digits);
    }
    invalid++;
    return invalid >= spec.maxInvalid()
        ? exit(MenuSpec.INVALID, digits, "menu: invalid " + digits)
        : attempt(spec.invalidPrompt());
  }

  private Future<StepResult> exit(String outcome, String digits, String note) {
    return Prompts.playAndAwait(ctx, MediaUris.render(ctx, spec.exitPrompt()), null, false)
        .compose(played -> done(outcome, digits, note));
  }

  private Future<StepResult> done(String outcome, String digits, String note) {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("digits", digits);
    results.put("invalidCount", invalid);
    results.put("noInputCount", noInput);
    return Future.succeededFuture(StepResult.of(outcome, results).noted(note));
  }

  /**
   * An entry is complete at the back key, at a match no further digit can change, or at {@code maxDigits}
   * unless a longer direct-dial number is still possible.
   */
  private boolean enough(String digits) {
    if (spec.back().filter(digits::equals).isPresent()) {
      return true;
    }
    boolean directMayGrow = spec.directDial().filter(pattern -> pattern.canExtend(digits)).isPresent();
    boolean choiceMayGrow = spec.choices().stream().anyMatch(c -> c.matcher().canExtend(digits));
    boolean matchesNow = spec.choiceFor(digits).isPresent()
        || spec.directDial().filter(pattern -> pattern.matches(digits)).isPresent();
    if (matchesNow && !directMayGrow && !choiceMayGrow) {
      return true;
    }
    return digits.length() >= spec.maxDigits() && !directMayGrow;
  }
}
