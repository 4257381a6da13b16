package io.ariflow.flows.load;

import io.ariflow.flows.steps.CustomStepType;
import java.util.List;
import java.util.Set;

/**
 * What the loader needs besides the files: the users' own prompt names (no warning for {@code sound:} entries
 * naming them) and the custom step types found through {@code ServiceLoader}.
 *
 * @param extraSounds prompt names to accept besides Asterisk's English core prompts
 * @param customTypes step types registered by plugins
 */
public record LoaderOptions(Set<String> extraSounds, List<CustomStepType> customTypes) {

  /** Copies the collections. */
  public LoaderOptions {
    extraSounds = Set.copyOf(extraSounds);
    customTypes = List.copyOf(customTypes);
  }

  /** No extra prompts, no custom steps. */
  public static LoaderOptions defaults() {
    return new LoaderOptions(Set.of(), List.of());
  }
}
