package io.ariflow.flows.conference.command;

import java.util.Locale;

/**
 * A direction of audio relative to a snooped channel, as ARI's {@code spy} and {@code whisper} parameters spell
 * it: IN is what the channel's party says, OUT is what the party hears.
 */
public enum AudioDirection {
  NONE, IN, OUT, BOTH;

  /** The ARI query value ({@code none}, {@code in}, {@code out}, {@code both}). */
  public String ariValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this direction covers IN. */
  public boolean includesIn() {
    return this == IN || this == BOTH;
  }

  /** Whether this direction covers OUT. */
  public boolean includesOut() {
    return this == OUT || this == BOTH;
  }
}
