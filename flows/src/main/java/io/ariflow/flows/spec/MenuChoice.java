package io.ariflow.flows.spec;

import java.util.Objects;

/**
 * One entry of a menu's {@code choices}: the key as written, its compiled matcher and its target. The menu
 * produces outcome {@code choice:<key>} when it is the first entry that matches.
 *
 * @param key the YAML key ({@code "1"}, {@code "/[3-5]/"})
 * @param matcher the compiled key
 * @param target the step it leads to
 */
public record MenuChoice(String key, Matcher matcher, String target) {

  /** Rejects nulls. */
  public MenuChoice {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(target, "target");
  }

  /** The outcome name this choice produces. */
  public String outcome() {
    return MenuSpec.CHOICE_PREFIX + key;
  }
}
