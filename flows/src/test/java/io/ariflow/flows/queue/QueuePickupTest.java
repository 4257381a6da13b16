package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.definition.OfferPolicy;
import io.ariflow.flows.queue.engine.CancelReason;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand.CancelOffer;
import io.ariflow.flows.queue.engine.QueueCommand.Connect;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.stats.QueueStatistics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call ringing at agents picked up by someone else: the picker is connected, the agents are not blamed. */
class QueuePickupTest {

  private static QueueHarness ringall() {
    return QueueHarness.start(queue("sales", "ringall", "a", "b")
        .offers(OfferPolicy.defaults().withRing(Duration.ofSeconds(15), Duration.ofSeconds(5))).build());
  }

  @Test
  void the_picker_is_connected_and_the_rung_agents_are_available_again_without_a_missed_call() {
    QueueHarness h = ringall();
    h.join("c1");
    h.advanceSeconds(3);
    h.send(new QueueInput.OfferPickedUp("c1", "a", "picker-chan", "PJSIP/3001"));

    assertEquals(List.of(new Connect("c1", "PJSIP/3001")), h.commands(Connect.class));
    assertEquals(List.of(new CancelOffer("c1", List.of("a", "b"), CancelReason.ANSWERED_ELSEWHERE)),
        h.commands(CancelOffer.class));
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    assertEquals(AgentState.AVAILABLE, h.state("b"));
    assertTrue(h.logLines().contains("1714554003|c1|sales|PJSIP/3001|CONNECT|3|picker-chan|3"),
        h.logLines().toString());
    assertFalse(h.logLines().stream().anyMatch(line -> line.contains("RINGNOANSWER")), h.logLines().toString());

    h.advanceSeconds(20);
    h.end("c1", EndedBy.CALLER);
    assertTrue(h.logLines().contains("1714554023|c1|sales|PJSIP/3001|COMPLETECALLER|3|20|1"),
        h.logLines().toString());
    QueueStatistics stats = h.statistics();
    assertEquals(1, stats.answered());
    assertTrue(stats.balanced());
    assertEquals(AgentState.AVAILABLE, h.state("a"));
  }

  @Test
  void a_pickup_of_an_agent_who_no_longer_rings_changes_nothing() {
    QueueHarness h = ringall();
    h.join("c1");
    h.answer("c1", "a");
    h.send(new QueueInput.OfferPickedUp("c1", "b", "picker-chan", "PJSIP/3001"));

    assertEquals(List.of(new Connect("c1", "a")), h.commands(Connect.class));
    assertEquals(AgentState.ON_CALL, h.state("a"));
  }
}
