package io.ariflow.flows.spec;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What happens when a step produces {@code error} or {@code timeout} with no target: the flow's safety net.
 * Without a {@code fallback:} the channel goes back to the dialplan after Stasis(), like a crashed handler.
 */
public sealed interface Fallback permits Fallback.Hangup, Fallback.Continue, Fallback.Goto {

  /** The default: back to the dialplan right after Stasis(). */
  static Fallback defaultFallback() {
    return new Continue(Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  /**
   * Hang the channel up ({@code fallback: {hangup: normal}}).
   *
   * @param cause the ARI hangup reason
   */
  record Hangup(String cause) implements Fallback {
    /** Rejects null. */
    public Hangup {
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * Send the channel back to the dialplan ({@code fallback: {continue: {context: x}}}); empty parts mean
   * "where Stasis() left off".
   *
   * @param context dialplan context
   * @param extension dialplan extension
   * @param priority dialplan priority
   */
  record Continue(Optional<String> context, Optional<String> extension, OptionalInt priority)
      implements Fallback {
  }

  /**
   * Go to a step of the flow ({@code fallback: {goto: sorry}}); an error inside the fallback path itself
   * hangs up, so the fallback can never loop.
   *
   * @param step the target step id
   */
  record Goto(String step) implements Fallback {
    /** Rejects null. */
    public Goto {
      Objects.requireNonNull(step, "step");
    }
  }
}
