package io.ariflow.flows.state;

import java.util.List;

/**
 * What a machine did with an event: applied it (with the rows it followed), ignored it (the event type
 * does not concern this machine), or refused it as illegal. Never silent: every event gets one of these.
 */
public sealed interface Outcome permits Outcome.Applied, Outcome.Ignored, Outcome.Illegal {

  /**
   * The event fitted; {@code steps} lists the rows applied, one per table it concerned.
   *
   * @param steps the applied transitions, in the order they were applied
   */
  record Applied(List<HistoryEntry> steps) implements Outcome {
    /** Copies the steps so the outcome stays a value. */
    public Applied {
      steps = List.copyOf(steps);
    }
  }

  /**
   * The event does not concern this machine (another object, or a type that changes nothing here).
   *
   * @param eventType the ARI event type or owner input
   * @param reason why it was ignored
   */
  record Ignored(String eventType, String reason) implements Outcome {
  }

  /**
   * The event did not fit; nothing was changed.
   *
   * @param transition the report with the object's history
   */
  record Illegal(IllegalTransition transition) implements Outcome {
  }

  /** Whether the event was refused. */
  default boolean isIllegal() {
    return this instanceof Illegal;
  }

  /** Returns this outcome, or throws {@link IllegalTransitionException} when it is {@link Illegal}. */
  default Outcome orThrow() {
    if (this instanceof Illegal illegal) {
      throw new IllegalTransitionException(illegal.transition());
    }
    return this;
  }
}
