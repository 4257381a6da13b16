package io.ariflow.flows.queue.strategy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a strategy decides from: one caller, the members that could be rung for them (never empty; already
 * limited to the lowest penalty tier when the strategy uses tiers), the queue's rotation cursor, the time,
 * and the queue's injected random generator.
 *
 * @param caller the caller to serve
 * @param candidates the members that may be rung, in declaration order
 * @param queueCursor the queue's round-robin cursor (where the next rotation starts)
 * @param now the current time
 * @param random the queue's random generator (seeded in tests)
 */
public record SelectionRequest(
    CallerView caller, List<Candidate> candidates, int queueCursor, Instant now, RandomGenerator random) {

  /** Copies the candidates and rejects an empty list. */
  public SelectionRequest {
    Objects.requireNonNull(caller, "caller");
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a selection needs at least one candidate");
    }
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(random, "random");
  }
}
