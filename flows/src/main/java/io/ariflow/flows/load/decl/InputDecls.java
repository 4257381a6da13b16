package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.GatherSpec;
import io.ariflow.flows.spec.Matcher;
import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.StepSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Declarations of the input steps: gather here, menu in {@link MenuDecl}. */
final class InputDecls {

  static final Field<List<MediaRef>> PROMPT = Field.withDefault("prompt", MediaKinds.mediaList(), List.of(),
      "media played while waiting for digits (barge-in)");
  static final Field<Duration> FIRST_DIGIT = Field.withDefault("firstDigitTimeout", ScalarKinds.duration(),
      Duration.ofSeconds(5), "wait for the first digit");
  static final Field<Duration> INTER_DIGIT = Field.withDefault("interDigitTimeout", ScalarKinds.duration(),
      Duration.ofSeconds(3), "wait between digits");
  static final Field<String> TERMINATOR = Field.withDefault("terminator", ScalarKinds.terminator(), "#",
      "the key that ends input, or none");

  private static final Field<Integer> MIN_DIGITS = Field.withDefault("minDigits", ScalarKinds.integer(1), 1,
      "fewer digits than this are no match");
  private static final Field<Integer> MAX_DIGITS = Field.optional("maxDigits", ScalarKinds.integer(1),
      "input stops at this many digits (default: terminator or inter-digit timeout)");
  private static final Field<Matcher> MATCH = Field.optional("match", MatchKinds.matcher(),
      "what counts as a match: \"42\", [\"1\", \"2\"] or /regex/ (outcome nomatch otherwise)");

  private InputDecls() {
  }

  static List<StepDecl> all() {
    return List.of(new StepDecl("gather", "Collects DTMF digits.", List.of(PROMPT, MIN_DIGITS, MAX_DIGITS,
        TERMINATOR, FIRST_DIGIT, INTER_DIGIT, MATCH), InputDecls::gather), MenuDecl.decl());
  }

  /** {@code none} means no terminator. */
  static Optional<String> terminator(StepFields f) {
    return Optional.of(f.get(TERMINATOR)).filter(t -> !t.equals("none"));
  }

  private static StepSpec gather(StepFields f) {
    Optional<Integer> max = f.optional(MAX_DIGITS);
    if (max.isPresent() && max.get() < f.get(MIN_DIGITS)) {
      f.context().error(f.nodeOf(MAX_DIGITS), "'maxDigits' (" + max.get() + ") is below 'minDigits' ("
          + f.get(MIN_DIGITS) + "): no input could ever match");
    }
    return new GatherSpec(f.common(), f.get(PROMPT), f.get(MIN_DIGITS),
        max.map(OptionalInt::of).orElse(OptionalInt.empty()), terminator(f), f.get(FIRST_DIGIT),
        f.get(INTER_DIGIT), f.optional(MATCH));
  }
}
