package io.ariflow.flows.conference.spec;

import java.util.EnumMap;
import java.util.Map;

/**
 * The sounds of a room: ConfBridge's defaults with the declaration's overrides on top. Values are sound names;
 * {@link #media} turns one into the ARI media URI the commands carry.
 *
 * @param overrides sound names replacing the defaults, by key
 */
public record Prompts(Map<PromptKey, String> overrides) {

  /** The defaults, no overrides. */
  public static final Prompts DEFAULTS = new Prompts(Map.of());

  /** Copies the overrides. */
  public Prompts {
    overrides = overrides.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(overrides));
  }

  /** The sound name for {@code key}. */
  public String sound(PromptKey key) {
    return overrides.getOrDefault(key, key.defaultSound());
  }

  /** The media URI for {@code key}, e.g. {@code sound:conf-onlyperson}. */
  public String media(PromptKey key) {
    return "sound:" + sound(key);
  }

  /** A copy where {@code key} plays {@code sound}. */
  public Prompts with(PromptKey key, String sound) {
    Map<PromptKey, String> copy = new EnumMap<>(PromptKey.class);
    copy.putAll(overrides);
    copy.put(key, sound);
    return new Prompts(copy);
  }
}
