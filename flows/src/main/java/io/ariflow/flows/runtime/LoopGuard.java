package io.ariflow.flows.runtime;

import java.util.Optional;

/**
 * Counts steps executed since the run last waited on the caller or on time (an event or a timer resolved a
 * wait). A flow that loops through steps without waiting, such as {@code set -> goto -> set}, trips it and
 * fails safely instead of spinning the event loop; once tripped it stays tripped, so the run ends.
 */
final class LoopGuard {

  private final int limit;
  private int sinceWait;
  private boolean tripped;

  LoopGuard(int limit) {
    this.limit = limit;
  }

  /** Counts a step about to start; the refusal when the limit is exceeded. */
  Optional<String> admit() {
    sinceWait++;
    if (sinceWait > limit) {
      tripped = true;
    }
    return tripped
        ? Optional.of("loop guard: more than " + limit + " steps without waiting for the caller or for time")
        : Optional.empty();
  }

  /** The run waited on an event or a timer. */
  void waited() {
    if (!tripped) {
      sinceWait = 0;
    }
  }

  boolean tripped() {
    return tripped;
  }
}
