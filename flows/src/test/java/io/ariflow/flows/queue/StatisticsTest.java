package io.ariflow.flows.queue;

import static io.ariflow.flows.queue.Queues.queue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.definition.CallbackPolicy;
import io.ariflow.flows.queue.definition.QueueLimits;
import io.ariflow.flows.queue.engine.EndedBy;
import io.ariflow.flows.queue.engine.QueueInput;
import io.ariflow.flows.queue.stats.AbandonRecord;
import io.ariflow.flows.queue.stats.MemberStatistics;
import io.ariflow.flows.queue.stats.QueueStatistics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Queue and member figures after a mixed scenario: every bucket, the averages, and that they add up. */
class StatisticsTest {

  @Test
  void every_caller_lands_in_one_bucket_and_the_figures_add_up() {
    QueueHarness h = QueueHarness.start(queue("q", "rrmemory", "a", "b")
        .limits(QueueLimits.defaults().withSize(0, Optional.of(Duration.ofSeconds(60))))
        .serviceLevel(Duration.ofSeconds(20)).exitKeys("0")
        .callback(CallbackPolicy.on("5", 3, Duration.ofSeconds(30))).build());
    h.send(new AgentMessage.Pause("b", "late"));
    h.join("c1");
    h.advanceSeconds(3);
    h.answer("c1", "a");
    h.join("c2");
    h.join("c3");
    h.join("c4");
    h.advanceSeconds(7);
    h.hangUp("c2");
    h.advanceSeconds(1);
    h.send(new QueueInput.CallerExited("c3", "0"));
    h.advanceSeconds(29);
    h.send(new AgentMessage.Unpause("b"));
    h.advanceSeconds(2);
    h.answer("c4", "b");
    h.join("c5");
    h.join("c6");
    h.advanceSeconds(8);
    h.send(new QueueInput.RequestCallback("c6", "+1555"));
    h.advanceSeconds(53);
    h.end("c1", EndedBy.CALLER);
    h.end("c4", EndedBy.AGENT);

    QueueStatistics stats = h.statistics();
    assertEquals(6, stats.joined());
    assertEquals(2, stats.answered());
    assertEquals(1, stats.abandoned());
    assertEquals(1, stats.exitedWithKey());
    assertEquals(1, stats.timedOut());
    assertEquals(1, stats.overflowed());
    assertEquals(1, stats.waiting(), "the callback still holds its place");
    assertTrue(stats.balanced());
    assertEquals(2, stats.completed());
    assertEquals(0, stats.talking());
    assertEquals(Optional.of(0.5), stats.serviceLevel());
    assertEquals(Optional.of(Duration.ofSeconds(21)), stats.averageWait());
    assertEquals(Optional.of(Duration.ofMillis(80500)), stats.averageTalkTime());
    assertEquals(Duration.ofSeconds(61), stats.longestWait());
    assertEquals(List.of(new AbandonRecord("c2", QueueHarness.T0.plusSeconds(10), 1, 1, Duration.ofSeconds(7))),
        stats.recentAbandons());
    assertEquals(1, stats.abandonedWithinServiceLevel());
    assertEquals(Optional.of(Duration.ofSeconds(7)), stats.averageAbandonWait());
    assertEquals(new MemberStatistics("b", 1, 1, 0, 1, Duration.ofSeconds(61)), stats.members().get("b"));
    assertEquals(Optional.of(Duration.ofSeconds(100)), stats.members().get("a").averageTalkTime());
    assertEquals(2, stats.members().get("a").offered(), "a is now ringing for the callback");
  }

  @Test
  void an_empty_queue_has_no_averages() {
    QueueStatistics stats = QueueHarness.start(queue("q", "ringall").build()).statistics();
    assertEquals(Optional.empty(), stats.serviceLevel());
    assertEquals(Optional.empty(), stats.averageWait());
    assertEquals(Optional.empty(), stats.averageTalkTime());
    assertEquals(Optional.empty(), stats.averageAbandonWait());
    assertEquals(Optional.empty(), new MemberStatistics("x", 0, 0, 0, 0, Duration.ZERO).averageTalkTime());
    assertTrue(stats.balanced());
  }
}
