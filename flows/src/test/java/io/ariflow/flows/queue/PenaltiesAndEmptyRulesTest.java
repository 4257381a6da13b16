package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.definition.EmptyCondition;
import io.ariflow.flows.queue.definition.EmptyRules;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.OfferPolicy;
import io.ariflow.flows.queue.definition.PenaltyStep;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.definition.QueueLimits;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.OverflowReason;
import io.ariflow.flows.queue.engine.QueueCommand.Joined;
import io.ariflow.flows.queue.engine.QueueCommand.Overflow;
import io.ariflow.flows.queue.engine.QueueInput.Join;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Penalty tiers, caller penalty windows and rules, and app_queue's join-empty / leave-when-empty rules. */
class PenaltiesAndEmptyRulesTest {

  private static QueueDefinition.Builder tiers(String strategy) {
    return QueueDefinition.builder("q").strategy(strategy).member(member("a", 0), member("b", 1), member("c", 2));
  }

  private static QueueDefinition emptyRules(Set<EmptyCondition> join, Set<EmptyCondition> leave) {
    return QueueDefinition.builder("q").strategy("ringall")
        .member(member("a", 0), MemberDefinition.agent("x", 0))
        .offers(OfferPolicy.defaults().withWrapUp(Duration.ofSeconds(30)))
        .limits(QueueLimits.defaults().withEmptyRules(join, leave)).build();
  }

  @Test
  void higher_penalty_tiers_ring_only_while_every_lower_member_is_busy_or_unavailable() {
    QueueHarness h = QueueHarness.start(tiers("rrmemory").build());
    h.join("c1");
    h.answer("c1", "a");
    h.device("PJSIP/b", DeviceState.UNAVAILABLE);
    h.join("c2");
    h.answer("c2", "c");
    h.device("PJSIP/b", DeviceState.NOT_INUSE);
    h.end("c1", EndedBy.CALLER);
    h.join("c3");
    assertEquals(List.of("a", "c", "a"), h.offerSequence());
  }

  @Test
  void with_few_members_the_penalty_members_limit_ignores_penalties() {
    QueueHarness h = QueueHarness.start(tiers("ringall")
        .offers(OfferPolicy.defaults().withOptions(false, true, 3)).build());
    h.join("c1");
    assertEquals(List.of("a+b+c"), h.offerSequence());
  }

  @Test
  void a_callers_maximum_penalty_keeps_higher_tiers_out_until_a_penalty_rule_widens_it() {
    QueueHarness h = QueueHarness.start(tiers("ringall")
        .penaltyRule(PenaltyStep.widenTo(Duration.ofSeconds(30), 2)).build());
    h.join("busy");
    h.answer("busy", "a");
    h.send(Join.of("c1", "1").withPenalties(OptionalInt.empty(), OptionalInt.of(0)));
    h.advanceSeconds(29);
    assertEquals(List.of("a"), h.offerSequence());
    h.advanceSeconds(1);
    assertEquals(List.of("a", "b"), h.offerSequence(), "after 30 s penalty 2 is allowed; b is the lowest free");
  }

  @Test
  void join_empty_refuses_a_caller_when_every_member_is_paused_or_logged_out() {
    QueueHarness h = QueueHarness.start(emptyRules(EmptyRules.STRICT, Set.of()));
    h.send(new AgentMessage.Pause("a", "lunch"));
    h.join("c1");
    assertEquals(List.of(new Overflow("c1", OverflowReason.JOIN_EMPTY)), h.commands(Overflow.class));
    assertEquals(1, h.statistics().rejectedEmpty());
    h.login("x", "PJSIP/x");
    h.join("c2");
    assertEquals(List.of(new Joined("c2", 1)), h.commands(Joined.class));
  }

  @Test
  void loose_join_empty_lets_callers_wait_for_paused_agents() {
    QueueHarness h = QueueHarness.start(emptyRules(EmptyRules.LOOSE, Set.of()));
    h.send(new AgentMessage.Pause("a", "lunch"));
    h.join("c1");
    assertTrue(h.commands(Overflow.class).isEmpty());
    h.device("PJSIP/a", DeviceState.INVALID);
    h.join("c2");
    assertEquals(List.of(new Overflow("c2", OverflowReason.JOIN_EMPTY)), h.commands(Overflow.class));
  }

  @Test
  void a_penalty_window_outside_every_member_is_empty_under_the_penalty_condition() {
    QueueHarness h = QueueHarness.start(emptyRules(Set.of(EmptyCondition.PENALTY), Set.of()));
    h.send(Join.of("c1", "1").withPenalties(OptionalInt.of(5), OptionalInt.empty()));
    assertEquals(List.of(new Overflow("c1", OverflowReason.JOIN_EMPTY)), h.commands(Overflow.class));
  }

  @Test
  void leave_when_empty_sends_waiting_callers_away_when_the_last_agent_becomes_unavailable() {
    QueueHarness h = QueueHarness.start(emptyRules(Set.of(), Set.of(EmptyCondition.UNAVAILABLE, EmptyCondition.INUSE)));
    h.join("c1");
    h.answer("c1", "a");
    h.join("c2");
    assertEquals(List.of(new Overflow("c2", OverflowReason.LEAVE_EMPTY)), h.commands(Overflow.class),
        "a talking agent is in use");
  }

  @Test
  void the_wrapup_condition_counts_agents_resting_after_a_call_as_absent() {
    QueueHarness h = QueueHarness.start(emptyRules(Set.of(EmptyCondition.WRAPUP), Set.of()));
    h.join("c1");
    h.answer("c1", "a");
    h.join("c2");
    assertEquals(List.of(new Overflow("c2", OverflowReason.JOIN_EMPTY)), h.commands(Overflow.class),
        "in a call with a wrap-up time to come");
    h.end("c1", EndedBy.AGENT);
    h.join("c3");
    assertEquals(2, h.commands(Overflow.class).size());
    h.advanceSeconds(30);
    h.join("c4");
    assertEquals(2, h.commands(Overflow.class).size());
  }

  @Test
  void ringing_and_unknown_conditions_follow_the_member_status() {
    QueueHarness h = QueueHarness.start(emptyRules(Set.of(EmptyCondition.RINGING, EmptyCondition.UNKNOWN), Set.of()));
    h.join("c0");
    assertEquals(List.of(new Overflow("c0", OverflowReason.JOIN_EMPTY)), h.commands(Overflow.class),
        "a's device state is still unknown");
    h.device("PJSIP/a", DeviceState.NOT_INUSE);
    h.join("c1");
    h.join("c2");
    assertEquals(new Overflow("c2", OverflowReason.JOIN_EMPTY), h.commands(Overflow.class).get(1),
        "a rings for c1 even before its device says so");
    h.hangUp("c1");
    h.join("c3");
    assertEquals(2, h.commands(Overflow.class).size());
  }
}
