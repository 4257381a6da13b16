package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole scripted scenario and the exact queue_log app_queue would have written for it. */
class QueueLogScenarioTest {

  @Test
  void a_refusal_an_answer_a_ring_timeout_an_abandon_and_a_completed_call_log_like_app_queue() {
    QueueHarness h = QueueHarness.start(queue("support", "rrmemory", "a", "b").build());
    h.send(QueueInput.Join.of("c1", "5551001"));
    h.advanceSeconds(4);
    h.refuse("c1", "a");
    h.advanceSeconds(6);
    h.answer("c1", "b");
    h.send(QueueInput.Join.of("c2", "5551002"));
    h.advanceSeconds(18);
    h.hangUp("c2");
    h.advanceSeconds(42);
    h.end("c1", EndedBy.CALLER);
    assertEquals(List.of(
        "1714554000|NONE|NONE|NONE|QUEUESTART|",
        "1714554000|c1|support|NONE|ENTERQUEUE||5551001|1",
        "1714554004|c1|support|a|RINGNOANSWER|4000",
        "1714554010|c1|support|b|CONNECT|10|chan-b|6",
        "1714554010|c2|support|NONE|ENTERQUEUE||5551002|1",
        "1714554025|c2|support|a|RINGNOANSWER|15000",
        "1714554028|c2|support|NONE|ABANDON|1|1|18",
        "1714554070|c1|support|b|COMPLETECALLER|10|60|1"), h.logLines());
  }

  @Test
  void an_agent_ending_the_call_is_completeagent() {
    QueueHarness h = QueueHarness.start(queue("support", "ringall", "a").build());
    h.send(QueueInput.Join.of("c1", "5551001"));
    h.answer("c1", "a");
    h.advanceSeconds(95);
    h.end("c1", EndedBy.AGENT);
    assertEquals("1714554095|c1|support|a|COMPLETEAGENT|0|95|1", h.logLines().get(h.logLines().size() - 1));
  }
}
