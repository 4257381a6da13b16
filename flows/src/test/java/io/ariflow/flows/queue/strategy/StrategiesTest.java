package io.ariflow.flows.queue.strategy;

import static io.ariflow.flows.queue.strategy.Candidates.NOW;
import static io.ariflow.flows.queue.strategy.Candidates.caller;
import static io.ariflow.flows.queue.strategy.Candidates.member;
import static io.ariflow.flows.queue.strategy.Candidates.seeded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each strategy's pick on fixed candidates; the queue-level scenarios are in the engine tests. */
class StrategiesTest {

  private static final Candidate A = member("a", 0);
  private static final Candidate B = member("b", 1);
  private static final Candidate C = member("c", 2);

  private static List<String> ids(Selection selection) {
    return selection.ring().stream().map(Candidate::agentId).toList();
  }

  private static SelectionRequest request(CallerView caller, List<Candidate> candidates, int cursor) {
    return new SelectionRequest(caller, candidates, cursor, NOW, seeded(7));
  }

  @Test
  void ringall_rings_every_candidate_together() {
    assertEquals(List.of("a", "b", "c"), ids(new RingAllStrategy().select(request(caller("x"), List.of(A, B, C), 0))));
  }

  @Test
  void leastrecent_prefers_members_who_never_took_a_call_then_the_longest_ago() {
    List<Candidate> members = List.of(Candidates.withCalls(A, 3, NOW.minusSeconds(10)),
        Candidates.withCalls(B, 1, NOW.minusSeconds(300)), Candidates.withCalls(C, 5, NOW.minusSeconds(100)));
    assertEquals(List.of("b"), ids(new LeastRecentStrategy().select(request(caller("x"), members, 0))));
    List<Candidate> withNewcomer = List.of(members.get(0), members.get(1), C);
    assertEquals(List.of("c"), ids(new LeastRecentStrategy().select(request(caller("x"), withNewcomer, 0))));
  }

  @Test
  void fewestcalls_prefers_the_member_with_fewest_completed_calls_ties_by_declaration() {
    List<Candidate> members = List.of(Candidates.withCalls(A, 2, NOW), Candidates.withCalls(B, 1, NOW),
        Candidates.withCalls(C, 1, NOW));
    assertEquals(List.of("b"), ids(new FewestCallsStrategy().select(request(caller("x"), members, 0))));
  }

  @Test
  void random_is_reproducible_with_a_seeded_generator_and_reaches_everyone() {
    Map<String, Integer> picks = new HashMap<>();
    var random = seeded(42);
    for (int i = 0; i < 300; i++) {
      SelectionRequest req = new SelectionRequest(caller("x"), List.of(A, B, C), 0, NOW, random);
      picks.merge(new RandomStrategy().select(req).ring().get(0).agentId(), 1, Integer::sum);
    }
    assertEquals(3, picks.size());
    assertEquals(ids(new RandomStrategy().select(request(caller("x"), List.of(A, B, C), 0))),
        ids(new RandomStrategy().select(request(caller("x"), List.of(A, B, C), 0))));
  }

  @Test
  void wrandom_weighs_penalties_instead_of_tiering_them() {
    WeightedRandomStrategy strategy = new WeightedRandomStrategy();
    assertFalse(strategy.usesPenaltyTiers());
    Candidate heavy = Candidates.withPenalty(B, 9);
    Map<String, Integer> picks = new HashMap<>();
    var random = seeded(3);
    for (int i = 0; i < 2000; i++) {
      SelectionRequest req = new SelectionRequest(caller("x"), List.of(A, heavy), 0, NOW, random);
      picks.merge(strategy.select(req).ring().get(0).agentId(), 1, Integer::sum);
    }
    assertTrue(picks.get("a") > 1700, picks.toString());
    assertTrue(picks.get("b") > 10, "a high penalty still rings sometimes: " + picks);
  }

  @Test
  void rrmemory_continues_after_the_last_member_rung_in_join_order_and_wraps() {
    RoundRobinMemoryStrategy strategy = new RoundRobinMemoryStrategy();
    List<Candidate> members = List.of(Candidates.withJoinOrder(A, 2), Candidates.withJoinOrder(B, 0),
        Candidates.withJoinOrder(C, 1));
    Selection first = strategy.select(request(caller("x"), members, 0));
    assertEquals(List.of("b"), ids(first));
    assertEquals(OptionalInt.of(1), first.queueCursor());
    assertEquals(List.of("c"), ids(strategy.select(request(caller("y"), members, 1))));
    assertEquals(List.of("a"), ids(strategy.select(request(caller("y"), members, 2))));
    assertEquals(List.of("b"), ids(strategy.select(request(caller("y"), members, 3))), "wraps to the start");
  }

  @Test
  void rrordered_rotates_in_declaration_order_whatever_the_join_order() {
    RoundRobinOrderedStrategy strategy = new RoundRobinOrderedStrategy();
    List<Candidate> members = List.of(Candidates.withJoinOrder(A, 2), Candidates.withJoinOrder(B, 0),
        Candidates.withJoinOrder(C, 1));
    Selection first = strategy.select(request(caller("x"), members, 0));
    assertEquals(List.of("a"), ids(first));
    assertEquals(OptionalInt.of(1), first.queueCursor());
    assertEquals(List.of("c"), ids(strategy.select(request(caller("x"), List.of(A, C), 1))), "b is busy");
  }

  @Test
  void linear_starts_each_caller_at_the_first_member_and_moves_the_callers_own_cursor() {
    LinearStrategy strategy = new LinearStrategy();
    Selection first = strategy.select(request(caller("x", 0), List.of(A, B, C), 5));
    assertEquals(List.of("a"), ids(first));
    assertEquals(OptionalInt.empty(), first.queueCursor());
    assertEquals(OptionalInt.of(1), first.callerCursor());
    assertEquals(List.of("b"), ids(strategy.select(request(caller("x", 1), List.of(A, B, C), 0))));
  }

  @Test
  void skills_needs_every_skill_at_its_level_and_prefers_the_most_proficient_then_longest_idle() {
    SkillsStrategy strategy = new SkillsStrategy();
    Candidate frenchNovice = Candidates.withSkills(A, Map.of("french", 2, "billing", 5), NOW.minusSeconds(500));
    Candidate frenchExpert = Candidates.withSkills(B, Map.of("french", 9, "billing", 5), NOW.minusSeconds(10));
    Candidate frenchExpert2 = Candidates.withSkills(C, Map.of("french", 9, "billing", 5), NOW.minusSeconds(90));
    CallerView needsFrench = new CallerView("x", 0, Map.of("french", 3, "billing", 1), NOW, 1, 0);
    assertFalse(strategy.eligible(needsFrench, frenchNovice));
    assertTrue(strategy.eligible(needsFrench, frenchExpert));
    assertFalse(strategy.eligible(needsFrench, A), "no skills at all");
    assertEquals(List.of("c"),
        ids(strategy.select(request(needsFrench, List.of(frenchExpert, frenchExpert2), 0))));
    assertTrue(strategy.eligible(caller("plain"), A), "a caller needing nothing may take anyone");
  }

  @Test
  void callers_are_served_by_priority_then_arrival() {
    CallerView early = new CallerView("early", 0, Map.of(), NOW, 1, 0);
    CallerView late = new CallerView("late", 0, Map.of(), NOW, 2, 0);
    CallerView vip = new CallerView("vip", 5, Map.of(), NOW, 3, 0);
    List<CallerView> sorted = new java.util.ArrayList<>(List.of(late, vip, early));
    sorted.sort(new RingAllStrategy().callerOrder());
    assertEquals(List.of("vip", "early", "late"), sorted.stream().map(CallerView::callId).toList());
  }
}
