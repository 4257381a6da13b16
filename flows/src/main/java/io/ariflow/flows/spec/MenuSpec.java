package io.ariflow.flows.spec;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A DTMF menu with retries ({@code type: menu}). It produces {@code choice:<key>} for the first matching
 * choice (routed by {@code choices}), {@code invalid} / {@code noinput} after the last failed try,
 * {@code direct} (only with {@code directDial}) and {@code back} (only with {@code back}). It has no default
 * outcome, so {@code next} is not allowed.
 *
 * @param common id, next, on, timeout, location
 * @param prompt the menu prompt (barge-in)
 * @param choices the choices in file order; the first match wins
 * @param invalidPrompt played after an invalid entry that is not the last
 * @param noInputPrompt played after a silent try that is not the last
 * @param exitPrompt played after the last failure
 * @param maxInvalid invalid entries allowed before {@code invalid}
 * @param maxNoInput silent tries allowed before {@code noinput}
 * @param firstDigitTimeout wait for the first digit
 * @param interDigitTimeout wait between digits
 * @param maxDigits digits per entry
 * @param terminator the key that ends an entry, empty for none
 * @param directDial digits matching it produce {@code direct}
 * @param back the key that produces {@code back}
 */
public record MenuSpec(StepCommon common, List<MediaRef> prompt, List<MenuChoice> choices,
    List<MediaRef> invalidPrompt, List<MediaRef> noInputPrompt, List<MediaRef> exitPrompt, int maxInvalid,
    int maxNoInput, Duration firstDigitTimeout, Duration interDigitTimeout, int maxDigits,
    Optional<String> terminator, Optional<Matcher> directDial, Optional<String> back) implements StepSpec {

  /** Prefix of the outcome a choice produces. */
  public static final String CHOICE_PREFIX = "choice:";
  /** Invalid entries used up. */
  public static final String INVALID = "invalid";
  /** Silent tries used up. */
  public static final String NOINPUT = "noinput";
  /** Digits matched {@code directDial}. */
  public static final String DIRECT = "direct";
  /** The {@code back} key was pressed. */
  public static final String BACK = "back";

  /** Copies the lists and rejects nulls. */
  public MenuSpec {
    prompt = List.copyOf(prompt);
    choices = List.copyOf(choices);
    invalidPrompt = List.copyOf(invalidPrompt);
    noInputPrompt = List.copyOf(noInputPrompt);
    exitPrompt = List.copyOf(exitPrompt);
    Objects.requireNonNull(firstDigitTimeout, "firstDigitTimeout");
    Objects.requireNonNull(interDigitTimeout, "interDigitTimeout");
  }

  @Override
  public String typeName() {
    return "menu";
  }

  @Override
  public Set<String> outcomes() {
    Set<String> all = new LinkedHashSet<>();
    choices.forEach(c -> all.add(c.outcome()));
    all.addAll(Outcomes.of(INVALID, NOINPUT, Outcomes.when(directDial.isPresent(), DIRECT),
        Outcomes.when(back.isPresent(), BACK)));
    return all;
  }

  @Override
  public Map<String, String> fixedTargets() {
    Map<String, String> targets = new LinkedHashMap<>();
    choices.forEach(c -> targets.put(c.outcome(), c.target()));
    return targets;
  }

  /** The first choice matching {@code digits}. */
  public Optional<MenuChoice> choiceFor(String digits) {
    return choices.stream().filter(c -> c.matcher().matches(digits)).findFirst();
  }

  @Override
  public Set<String> results() {
    return Set.of("digits", "invalidCount", "noInputCount");
  }

  @Override
  public boolean takesTime() {
    return true;
  }
}
