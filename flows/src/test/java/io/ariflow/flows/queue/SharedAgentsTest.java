package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.engine.RefuseReason;
import io.ariflow.flows.queue.strategy.StrategyRegistry;
import io.ariflow.flows.state.TransitionObserver;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Agents serving several queues: one state for all of them, weights, dynamic logins and membership lines. */
class SharedAgentsTest {

  @Test
  void an_agent_busy_on_a_call_of_one_queue_is_never_offered_by_another() {
    QueueHarness h = QueueHarness.start(queue("sales", "ringall", "a").build(), queue("support", "ringall", "a").build());
    h.join("c1");
    h.answer("c1", "a");
    h.send("support", QueueInput.Join.of("s1", "1"));
    assertEquals(List.of("a"), h.offerSequence());
    h.end("c1", EndedBy.CALLER);
    assertEquals("s1", h.commands(Offer.class).get(1).callId());
  }

  @Test
  void a_freed_agent_goes_to_the_heavier_queue_first() {
    QueueHarness h = QueueHarness.start(queue("light", "ringall", "a").build(),
        queue("heavy", "ringall", "a").weight(10).build());
    h.join("busy");
    h.answer("busy", "a");
    h.join("l1");
    h.send("heavy", QueueInput.Join.of("h1", "1"));
    h.end("busy", EndedBy.AGENT);
    assertEquals("h1", h.commands(Offer.class).get(1).callId());
  }

  @Test
  void a_heavier_queue_with_callers_holds_its_agents_back_from_lighter_queues() {
    QueueHarness h = QueueHarness.start(queue("light", "ringall", "a").build(),
        queue("heavy", "ringall", "a").weight(10).build());
    h.send("heavy", QueueInput.Join.of("h1", "1"));
    h.send("heavy", new QueueInput.OfferRefused("h1", "a", RefuseReason.BUSY));
    h.join("l1");
    assertEquals(List.of("h1"), h.commands(Offer.class).stream().map(Offer::callId).toList(),
        "h1 waits its retry delay; a stays reserved for heavy");
    h.advanceSeconds(5);
    assertEquals(List.of("h1", "h1"), h.commands(Offer.class).stream().map(Offer::callId).toList());
  }

  @Test
  void a_dynamic_agent_joins_every_queue_declaring_it_when_it_logs_in_and_leaves_when_it_logs_out() {
    QueueHarness h = QueueHarness.start(
        QueueDefinition.builder("sales").member(MemberDefinition.agent("Agent/1001", 0)).build(),
        QueueDefinition.builder("support").member(MemberDefinition.agent("Agent/1001", 2)).build());
    h.advanceSeconds(60);
    h.login("Agent/1001", "PJSIP/2001");
    h.advanceSeconds(3600);
    h.send(new AgentMessage.Logout("Agent/1001"));
    assertEquals(List.of(
        "1714554000|NONE|NONE|NONE|QUEUESTART|",
        "1714554060|NONE|NONE|Agent/1001|AGENTLOGIN|PJSIP/2001",
        "1714554060|NONE|sales|Agent/1001|ADDMEMBER|",
        "1714554060|NONE|support|Agent/1001|ADDMEMBER|",
        "1714557660|NONE|NONE|Agent/1001|AGENTLOGOFF|PJSIP/2001|3600",
        "1714557660|NONE|sales|Agent/1001|REMOVEMEMBER|",
        "1714557660|NONE|support|Agent/1001|REMOVEMEMBER|"), h.logLines());
  }

  @Test
  void a_member_added_at_run_time_with_an_endpoint_is_logged_in_and_offered() {
    QueueHarness h = QueueHarness.start(QueueDefinition.builder("q").build());
    h.join("c1");
    h.send(new QueueInput.AddMember(Queues.member("z", 0), false));
    assertEquals(List.of("z"), h.offerSequence());
    h.send(new QueueInput.RemoveMember("z"));
    assertTrue(h.logLines().contains("1714554000|NONE|q|z|REMOVEMEMBER|"), h.logLines().toString());
  }

  @Test
  void invalid_definitions_and_conflicting_endpoints_are_refused_up_front() {
    QueueDefinition one = QueueDefinition.builder("one").member(new MemberDefinition("m", Optional.of("PJSIP/1"), 0,
        java.util.Map.of(), Optional.empty())).build();
    QueueDefinition two = QueueDefinition.builder("two").member(new MemberDefinition("m", Optional.of("PJSIP/2"), 0,
        java.util.Map.of(), Optional.empty())).build();
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new ContactCenter(
        List.of(one, two, QueueDefinition.builder("bad name").strategy("nope").build(), one),
        StrategyRegistry.standard(), new SplittableRandom(1), TransitionObserver.NONE));
    assertTrue(error.getMessage().contains("member m rings PJSIP/2 here but PJSIP/1"), error.getMessage());
    assertTrue(error.getMessage().contains("unknown strategy 'nope'"), error.getMessage());
    assertTrue(error.getMessage().contains("two queues share a name"), error.getMessage());
  }
}
