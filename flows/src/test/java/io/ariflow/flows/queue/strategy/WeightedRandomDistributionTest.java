package io.ariflow.flows.queue.strategy;

import static io.ariflow.flows.queue.strategy.Candidates.NOW;
import static io.ariflow.flows.queue.strategy.Candidates.caller;
import static io.ariflow.flows.queue.strategy.Candidates.member;
import static io.ariflow.flows.queue.strategy.Candidates.seeded;
import static io.ariflow.flows.queue.strategy.Candidates.withPenalty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * wrandom's distribution on a fixed seed follows app_queue's weights: with draws below {@code (1 + penalty) * 1000},
 * penalty 0 against penalty 1 wins with probability 1 - 499.5 / 2000 = 0.75025 (ties go to declaration order),
 * and two members of equal penalty share the calls evenly.
 */
class WeightedRandomDistributionTest {

  private static final int OFFERS = 20_000;
  private static final double TOLERANCE = 0.015;

  private static Map<String, Double> shares(List<Candidate> members, long seed) {
    RandomGenerator random = seeded(seed);
    Map<String, Integer> wins = new HashMap<>();
    for (int i = 0; i < OFFERS; i++) {
      SelectionRequest request = new SelectionRequest(caller("x"), members, 0, NOW, random);
      wins.merge(new WeightedRandomStrategy().select(request).ring().get(0).agentId(), 1, Integer::sum);
    }
    Map<String, Double> shares = new HashMap<>();
    wins.forEach((id, count) -> shares.put(id, count / (double) OFFERS));
    return shares;
  }

  @Test
  void penalty_zero_beats_penalty_one_three_times_in_four() {
    Map<String, Double> shares = shares(List.of(member("a", 0), withPenalty(member("b", 1), 1)), 11);
    assertEquals(0.75025, shares.get("a"), TOLERANCE, shares.toString());
    assertEquals(0.24975, shares.get("b"), TOLERANCE, shares.toString());
  }

  @Test
  void equal_penalties_share_the_offers_evenly_whatever_their_declared_order() {
    Map<String, Double> shares = shares(List.of(withPenalty(member("a", 0), 2), withPenalty(member("b", 1), 2)), 5);
    assertEquals(0.5, shares.get("a"), TOLERANCE, shares.toString());
  }
}
