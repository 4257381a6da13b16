package io.ariflow.flows.spec;

import java.util.LinkedHashSet;
import java.util.Set;

/** The outcome names every step shares, and helpers to build outcome sets in a stable order. */
public final class Outcomes {

  /** An unexpected failure: Asterisk refused a command, an expression failed. Unrouted: the fallback. */
  public static final String ERROR = "error";
  /** The caller hung up while the step ran. Unrouted: the run ends. */
  public static final String HANGUP = "hangup";
  /** The step's {@code timeout} elapsed (only when the step sets one). Unrouted: the fallback. */
  public static final String TIMEOUT = "timeout";
  /** The usual default outcome of steps that simply finish. */
  public static final String DONE = "done";

  private Outcomes() {
  }

  /** An ordered, unmodifiable set of the given names, skipping nulls (for conditional outcomes). */
  public static Set<String> of(String... names) {
    Set<String> set = new LinkedHashSet<>();
    for (String name : names) {
      if (name != null) {
        set.add(name);
      }
    }
    return java.util.Collections.unmodifiableSet(set);
  }

  /** {@code name} when {@code present}, else null (to be skipped by {@link #of}). */
  public static String when(boolean present, String name) {
    return present ? name : null;
  }
}
