package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.member;
import static io.ariflow.flows.queue.Queues.queue;
import static io.ariflow.flows.queue.Queues.skilled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.definition.MemberDefinition;
import io.ariflow.flows.queue.definition.PriorityAging;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueInput.Join;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every strategy on the engine with several callers and agents that answer, refuse, time out, go busy,
 * pause and log out; the order of offers and the winner are asserted.
 */
class StrategyScenariosTest {

  /** Caller {@code call} joins, {@code agent} answers at once, talks {@code seconds}, hangs up. */
  private static void served(QueueHarness h, String call, String agent, int seconds) {
    h.join(call);
    h.answer(call, agent);
    h.advanceSeconds(seconds);
    h.end(call, EndedBy.CALLER);
  }

  @Test
  void ringall_rings_the_lowest_tier_together_and_moves_to_the_next_tier_only_when_all_refused() {
    QueueHarness h = QueueHarness.start(QueueDefinition.builder("q").strategy("ringall")
        .member(member("a", 0), member("b", 0), member("c", 1)).build());
    h.join("c1");
    h.refuse("c1", "a");
    assertEquals(List.of("a+b"), h.offerSequence(), "b still rings");
    h.refuse("c1", "b");
    h.answer("c1", "c");
    h.join("c2");
    h.answer("c2", "b");
    h.send(new AgentMessage.Pause("a", "lunch"));
    h.join("c3");
    h.advanceSeconds(10);
    h.end("c1", EndedBy.AGENT);
    assertEquals(List.of("a+b", "c", "a+b", "c"), h.offerSequence());
    assertEquals("c", h.center().callers("q", h.now()).stream()
        .filter(c -> c.callId().equals("c3")).findFirst().orElseThrow().agentId().orElseThrow());
  }

  @Test
  void leastrecent_rings_whoever_finished_a_call_longest_ago() {
    QueueHarness h = QueueHarness.start(queue("q", "leastrecent", "a", "b", "c").build());
    served(h, "c1", "a", 10);
    served(h, "c2", "b", 10);
    served(h, "c3", "c", 10);
    h.join("c4");
    h.refuse("c4", "a");
    h.answer("c4", "b");
    assertEquals(List.of("a", "b", "c", "a", "b"), h.offerSequence());
  }

  @Test
  void fewestcalls_rings_whoever_completed_the_fewest_calls_from_this_queue() {
    QueueHarness h = QueueHarness.start(queue("q", "fewestcalls", "a", "b", "c").build());
    served(h, "c1", "a", 5);
    h.join("c2");
    h.refuse("c2", "b");
    h.answer("c2", "c");
    h.end("c2", EndedBy.AGENT);
    served(h, "c3", "b", 5);
    h.join("c4");
    assertEquals(List.of("a", "b", "c", "b", "a"), h.offerSequence());
  }

  @Test
  void random_is_reproducible_from_its_seed_reaches_everyone_and_never_a_paused_agent() {
    List<String> first = randomRun(11);
    assertEquals(first, randomRun(11));
    assertEquals(30, first.size());
    assertTrue(first.containsAll(List.of("a", "b")) && !first.contains("c"), first.toString());
  }

  private static List<String> randomRun(long seed) {
    QueueHarness h = QueueHarness.start(TransitionObserver.NONE, seed, queue("q", "random", "a", "b", "c").build());
    h.send(new AgentMessage.Pause("c", "training"));
    for (int i = 0; i < 30; i++) {
      h.join("c" + i);
      String agent = h.offerSequence().get(i);
      h.answer("c" + i, agent);
      h.end("c" + i, EndedBy.CALLER);
    }
    return h.offerSequence();
  }

  @Test
  void rrmemory_rotates_in_login_order_and_a_relogin_moves_the_agent_to_the_end() {
    QueueHarness h = QueueHarness.start(QueueDefinition.builder("q").strategy("rrmemory")
        .member(MemberDefinition.agent("x", 0), MemberDefinition.agent("y", 0), MemberDefinition.agent("z", 0))
        .build());
    h.login("y", "PJSIP/y");
    h.login("x", "PJSIP/x");
    h.login("z", "PJSIP/z");
    served(h, "c1", "y", 5);
    served(h, "c2", "x", 5);
    served(h, "c3", "z", 5);
    served(h, "c4", "y", 5);
    h.send(new AgentMessage.Logout("x"));
    h.login("x", "PJSIP/x");
    served(h, "c5", "z", 5);
    served(h, "c6", "x", 5);
    h.join("c7");
    assertEquals(List.of("y", "x", "z", "y", "z", "x", "y"), h.offerSequence());
  }

  @Test
  void rrordered_rotates_in_declaration_order_whatever_the_logins_and_skips_a_busy_agent() {
    QueueHarness h = QueueHarness.start(QueueDefinition.builder("q").strategy("rrordered")
        .member(MemberDefinition.agent("x", 0), MemberDefinition.agent("y", 0), MemberDefinition.agent("z", 0))
        .build());
    h.login("z", "PJSIP/z");
    h.login("y", "PJSIP/y");
    h.login("x", "PJSIP/x");
    served(h, "c1", "x", 5);
    h.device("PJSIP/y", DeviceState.INUSE);
    served(h, "c2", "z", 5);
    h.device("PJSIP/y", DeviceState.NOT_INUSE);
    served(h, "c3", "x", 5);
    h.join("c4");
    assertEquals(List.of("x", "z", "x", "y"), h.offerSequence());
  }

  @Test
  void linear_starts_every_caller_at_the_top_and_continues_a_callers_own_hunt_after_a_timeout() {
    QueueHarness h = QueueHarness.start(queue("q", "linear", "a", "b", "c").build());
    h.join("c1");
    h.answer("c1", "a");
    h.join("c2");
    h.advanceSeconds(15);
    h.advanceSeconds(5);
    h.answer("c2", "c");
    h.join("c3");
    assertEquals(List.of("a", "b", "c", "b"), h.offerSequence());
  }

  @Test
  void wrandom_rings_high_penalties_less_often_but_even_while_lower_ones_are_free() {
    QueueHarness h = QueueHarness.start(TransitionObserver.NONE, 5, QueueDefinition.builder("q")
        .strategy("wrandom").member(member("a", 0), member("b", 4)).build());
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < 100; i++) {
      h.join("c" + i);
      String agent = h.offerSequence().get(i);
      counts.merge(agent, 1, Integer::sum);
      h.answer("c" + i, agent);
      h.end("c" + i, EndedBy.CALLER);
    }
    assertTrue(counts.get("a") > 70 && counts.getOrDefault("b", 0) > 0, counts.toString());
  }

  @Test
  void skills_sends_each_caller_to_an_agent_with_the_skills_preferring_the_most_proficient() {
    QueueHarness h = QueueHarness.start(QueueDefinition.builder("q").strategy("skills")
        .member(skilled("fr", Map.of("french", 5)), skilled("en", Map.of("english", 5)),
            skilled("bi", Map.of("french", 3, "english", 8)))
        .build());
    h.send(Join.of("french", "1").withSkills(Map.of("french", 4)));
    h.send(Join.of("english", "2").withSkills(Map.of("english", 1)));
    h.answer("french", "fr");
    h.send(Join.of("french2", "3").withSkills(Map.of("french", 4)));
    h.refuse("english", "bi");
    assertEquals(List.of("fr", "bi", "en"), h.offerSequence(), "french2 waits: bi's french is too weak");
    h.end("french", EndedBy.AGENT);
    assertEquals(List.of("fr", "bi", "en", "fr"), h.offerSequence());
  }

  @Test
  void aging_lets_a_long_waiting_low_priority_call_overtake_a_new_high_priority_one() {
    assertEquals("old", servedFirst(new PriorityAging(Duration.ofSeconds(10), 1, 10)));
    assertEquals("vip", servedFirst(PriorityAging.none()));
  }

  private static String servedFirst(PriorityAging aging) {
    QueueHarness h = QueueHarness.start(queue("q", "skills", "a").aging(aging).build());
    h.join("busy");
    h.answer("busy", "a");
    h.send(Join.of("old", "1"));
    h.advanceSeconds(60);
    h.send(Join.of("vip", "2").withPriority(5));
    h.end("busy", EndedBy.CALLER);
    return h.commands(io.ariflow.flows.queue.engine.QueueCommand.Offer.class).get(1).callId();
  }
}
