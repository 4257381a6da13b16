package io.ariflow.flows.spec;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Collects DTMF digits ({@code type: gather}). {@code nomatch} exists only when {@code match} is set;
 * without it any input is {@code matched}.
 *
 * @param common id, next, on, timeout, location
 * @param prompt media played while waiting (barge-in)
 * @param minDigits fewer digits than this count as no match
 * @param maxDigits collection stops at this many digits, empty for no limit
 * @param terminator the key that ends input, empty for none
 * @param firstDigitTimeout wait for the first digit
 * @param interDigitTimeout wait between digits
 * @param match what counts as a match, empty for anything
 */
public record GatherSpec(StepCommon common, List<MediaRef> prompt, int minDigits, OptionalInt maxDigits,
    Optional<String> terminator, Duration firstDigitTimeout, Duration interDigitTimeout,
    Optional<Matcher> match) implements StepSpec {

  /** The default outcome: digits were collected (and matched, when {@code match} is set). */
  public static final String MATCHED = "matched";
  /** Digits were collected but did not match. */
  public static final String NOMATCH = "nomatch";
  /** Nothing was pressed. */
  public static final String NOINPUT = "noinput";

  /** Copies the prompt and rejects nulls. */
  public GatherSpec {
    prompt = List.copyOf(prompt);
    Objects.requireNonNull(firstDigitTimeout, "firstDigitTimeout");
    Objects.requireNonNull(interDigitTimeout, "interDigitTimeout");
  }

  @Override
  public String typeName() {
    return "gather";
  }

  @Override
  public Set<String> outcomes() {
    return Outcomes.of(MATCHED, Outcomes.when(match.isPresent(), NOMATCH), NOINPUT);
  }

  @Override
  public Optional<String> defaultOutcome() {
    return Optional.of(MATCHED);
  }

  @Override
  public Set<String> results() {
    return Set.of("digits");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
