package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.definition.CallbackPolicy;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand.Offer;
import io.ariflow.flows.queue.engine.QueueInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The owner of several queues: reconciliation, endpoint states, callback order, wake-ups. */
class ContactCenterTest {

  @Test
  void reconciling_after_lost_events_closes_vanished_calls_and_frees_their_agents() {
    QueueHarness h = QueueHarness.start(queue("q", "ringall", "a", "b", "c")
        .callback(CallbackPolicy.on("5", 1, Duration.ofSeconds(30))).build());
    h.join("talking");
    h.answer("talking", "a");
    h.join("ringing");
    h.refuse("ringing", "b");
    h.join("offline");
    h.send(new QueueInput.RequestCallback("offline", "+1"));
    assertEquals(AgentState.OFFERED, h.state("c"));
    h.advanceSeconds(10);
    h.record(h.center().reconcile(call -> false, h.now()));
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    assertTrue(h.logLines().contains("1714554010|talking|q|a|COMPLETECALLER|0|10|1"), h.logLines().toString());
    assertTrue(h.logLines().contains("1714554010|ringing|q|NONE|ABANDON|1|1|10"), h.logLines().toString());
    assertEquals(1, h.statistics().waiting(), "the offline callback keeps its place");
    assertTrue(h.statistics().balanced());
  }

  @Test
  void an_offline_endpoint_is_not_offered_until_it_is_back_online() {
    QueueHarness h = QueueHarness.start(queue("q", "ringall", "a").build());
    h.send(new AgentMessage.EndpointChanged("PJSIP/a", false));
    h.join("c1");
    assertTrue(h.offerSequence().isEmpty());
    h.send(new AgentMessage.EndpointChanged("PJSIP/a", true));
    assertEquals(List.of("a"), h.offerSequence());
  }

  @Test
  void callbacks_are_served_in_the_order_of_their_original_positions_between_live_callers() {
    QueueHarness h = QueueHarness.start(queue("q", "ringall", "a")
        .callback(CallbackPolicy.on("5", 1, Duration.ofSeconds(30))).build());
    h.join("busy");
    h.answer("busy", "a");
    for (String call : List.of("c1", "c2", "c3", "c4")) {
      h.join(call);
    }
    h.send(new QueueInput.RequestCallback("c3", "+3"));
    h.send(new QueueInput.RequestCallback("c1", "+1"));
    h.hangUp("c1");
    h.hangUp("c3");
    for (String call : List.of("c1", "c2", "c3", "c4")) {
      h.end(call.equals("c1") ? "busy" : previous(call), EndedBy.AGENT);
      Offer offer = h.commands(Offer.class).get(h.commands(Offer.class).size() - 1);
      assertEquals(call, offer.callId());
      assertEquals(call.equals("c1") || call.equals("c3"), offer.callbackNumber().isPresent(), call);
      h.answer(call, "a");
      if (offer.callbackNumber().isPresent()) {
        h.send(new QueueInput.CallbackAnswered(call));
      }
    }
  }

  private static String previous(String call) {
    return "c" + (Integer.parseInt(call.substring(1)) - 1);
  }

  @Test
  void the_next_wake_up_is_the_earliest_timer_of_any_queue_or_agent() {
    QueueHarness h = QueueHarness.start(queue("q", "ringall", "a").build());
    Instant start = h.now();
    assertEquals(Optional.empty(), h.last().wakeAt());
    h.join("c1");
    assertEquals(Optional.of(start.plusSeconds(15)), h.last().wakeAt(), "the ring timeout");
    assertEquals(List.of("q"), h.center().queueNames());
    assertEquals(Optional.empty(), h.center().statistics("nope", h.now()));
    assertTrue(h.center().callers("nope", h.now()).isEmpty());
  }
}
