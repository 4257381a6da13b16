package io.ariflow.flows.spec;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What happens when a step produces {@code error} or {@code timeout} with no target: the flow's safety net.
 * A flow without a {@code fallback:} gets the default its host configured (the engine's {@code
 * engine.fallback}), so the absence stays visible: {@code FlowSpec.fallback()} is then empty.
 */
public sealed interface Fallback permits Fallback.Hangup, Fallback.Continue, Fallback.Goto {

  /** Back to the dialplan right after Stasis() ({@code fallback: {continue: }}). */
  static Fallback continueAfterStasis() {
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
