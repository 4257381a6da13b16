package io.ariflow.flows.queue.strategy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Builds candidates and requests for strategy tests. */
final class Candidates {

  static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  private Candidates() {
  }

  static Candidate member(String id, int order) {
    return new Candidate(id, "PJSIP/" + id, 0, Map.of(), order, order, 0, Optional.empty(), NOW.minusSeconds(60));
  }

  static Candidate withPenalty(Candidate c, int penalty) {
    return new Candidate(c.agentId(), c.endpoint(), penalty, c.skills(), c.declaredOrder(), c.joinOrder(),
        c.callsTaken(), c.lastCallEnd(), c.idleSince());
  }

  static Candidate withCalls(Candidate c, int calls, Instant lastEnd) {
    return new Candidate(c.agentId(), c.endpoint(), c.penalty(), c.skills(), c.declaredOrder(), c.joinOrder(),
        calls, Optional.ofNullable(lastEnd), c.idleSince());
  }

  static Candidate withJoinOrder(Candidate c, int joinOrder) {
    return new Candidate(c.agentId(), c.endpoint(), c.penalty(), c.skills(), c.declaredOrder(), joinOrder,
        c.callsTaken(), c.lastCallEnd(), c.idleSince());
  }

  static Candidate withSkills(Candidate c, Map<String, Integer> skills, Instant idleSince) {
    return new Candidate(c.agentId(), c.endpoint(), c.penalty(), skills, c.declaredOrder(), c.joinOrder(),
        c.callsTaken(), c.lastCallEnd(), idleSince);
  }

  static CallerView caller(String id) {
    return new CallerView(id, 0, Map.of(), NOW.minusSeconds(10), 1, 0);
  }

  static CallerView caller(String id, int cursor) {
    return new CallerView(id, 0, Map.of(), NOW.minusSeconds(10), 1, cursor);
  }

  static RandomGenerator seeded(long seed) {
    return new SplittableRandom(seed);
  }
}
