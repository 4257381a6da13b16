package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.definition.AutoPausePolicy;
import io.ariflow.flows.queue.definition.OfferPolicy;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueCommand.AgentStateChanged;
import io.ariflow.flows.queue.engine.QueueCommand.StartWrapUp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wrap-up after each call and automatic pauses after repeated misses, with their queue_log lines. */
class WrapUpAndAutoPauseTest {

  @Test
  void an_agent_in_wrap_up_is_not_offered_until_the_wrap_up_time_has_passed() {
    QueueHarness h = QueueHarness.start(queue("q", "ringall", "a")
        .offers(OfferPolicy.defaults().withWrapUp(Duration.ofSeconds(20))).build());
    h.join("c1");
    h.answer("c1", "a");
    h.advanceSeconds(30);
    h.end("c1", EndedBy.CALLER);
    assertEquals(List.of(new StartWrapUp("a", h.now().plusSeconds(20))), h.commands(StartWrapUp.class));
    h.join("c2");
    h.advanceSeconds(19);
    assertEquals(List.of("a"), h.offerSequence());
    h.advanceSeconds(1);
    assertEquals(List.of("a", "a"), h.offerSequence());
  }

  @Test
  void consecutive_ring_timeouts_pause_the_agent_in_every_queue_with_a_pause_line_for_each() {
    QueueHarness h = QueueHarness.start(
        queue("q", "ringall", "a").offers(OfferPolicy.defaults().withAutoPause(AutoPausePolicy.after(2, false)))
            .build(),
        queue("other", "ringall", "a").build());
    h.join("c1");
    h.advanceSeconds(15);
    assertEquals(AgentState.AVAILABLE, h.state("a"));
    h.advanceSeconds(5);
    h.advanceSeconds(15);
    assertEquals(AgentState.PAUSED, h.state("a"));
    assertEquals(Optional.of("Auto-Pause"), h.center().agent("a").orElseThrow().pauseReason());
    assertTrue(h.logLines().containsAll(List.of(
        "1714554035|c1|q|a|RINGNOANSWER|15000",
        "1714554035|NONE|NONE|a|PAUSEALL|Auto-Pause",
        "1714554035|NONE|q|a|PAUSE|Auto-Pause",
        "1714554035|NONE|other|a|PAUSE|Auto-Pause")), h.logLines().toString());
    assertTrue(h.commands(AgentStateChanged.class).stream().anyMatch(c -> c.to() == AgentState.PAUSED));
    h.send(new AgentMessage.Unpause("a"));
    assertTrue(h.logLines().contains("1714554035|NONE|q|a|UNPAUSE|"), h.logLines().toString());
    h.advanceSeconds(5);
    assertEquals(List.of("a", "a", "a"), h.offerSequence(), "offered again after the retry delay");
  }

  @Test
  void refusals_count_for_auto_pause_only_when_the_queue_says_so() {
    QueueHarness h = QueueHarness.start(queue("q", "ringall", "a")
        .offers(OfferPolicy.defaults().withAutoPause(AutoPausePolicy.after(1, true))).build());
    h.join("c1");
    h.refuse("c1", "a");
    assertEquals(AgentState.PAUSED, h.state("a"));
  }
}
