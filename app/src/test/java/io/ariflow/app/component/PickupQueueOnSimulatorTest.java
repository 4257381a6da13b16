package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.stats.QueueStatistics;
import io.ariflow.flows.runtime.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pickup of a queue offer on the simulated Asterisk: a caller rings agent PJSIP/2001, a colleague picks the call up;
 * the caller talks with the picker, the queue_log says who, the agent is available again without a missed call, and
 * the statistics count the call once.
 */
class PickupQueueOnSimulatorTest {

  static final String QUEUE = """
      queue: support
      strategy: ringall
      ringTimeout: 60s
      members: [PJSIP/2001]
      pickupGroups: [sales]
      """;

  static final String LINE = """
      flow: line
      start: wait
      steps:
        wait:
          type: queue
          queue: support
          next: thanks
          on: {timeout: bye, full: bye, empty: bye}
        thanks:
          type: play
          media: [sound:auth-thankyou]
          next: bye
        bye:
          type: hangup
      """;

  @TempDir
  Path dir;
  private PickupRig pickup;

  @BeforeEach
  void start() {
    pickup = new PickupRig(dir, "queue.yaml", QUEUE, "line.yaml", LINE);
  }

  @AfterEach
  void stop() {
    pickup.close();
  }

  @Test
  void a_picked_up_queue_offer_connects_the_caller_with_the_picker_and_frees_the_agent_without_a_miss() {
    String caller = pickup.call("line", "5551000");
    pickup.rig.until("PJSIP/2001 is offered the call", () -> pickup.rings("PJSIP/2001")
        && pickup.rig.agent("PJSIP/2001").state() == AgentState.OFFERED);
    pickup.ringing(1);
    pickup.rig.advance(Duration.ofSeconds(5));

    String picker = pickup.call("grab-2001", "3001");
    pickup.talking(caller, picker);
    pickup.rig.until("2001 stopped ringing and is available", () -> !pickup.rings("PJSIP/2001")
        && pickup.rig.agent("PJSIP/2001").state() == AgentState.AVAILABLE);
    pickup.rig.until("queue_log says the picker answered",
        () -> pickup.rig.queueLogOf(caller).stream().anyMatch(line -> line.contains("|CONNECT|")));
    List<String> log = pickup.rig.queueLogOf(caller);
    assertTrue(log.stream().anyMatch(line -> line.startsWith("support|PJSIP/sipp|CONNECT|")), log.toString());
    assertFalse(log.stream().anyMatch(line -> line.contains("RINGNOANSWER")), log.toString());

    pickup.rig.advance(Duration.ofSeconds(30));
    pickup.hangUp(picker);

    TimelineEntry waited = pickup.ended(caller, "wait", "answered");
    assertTrue(waited.text().contains("answered by PJSIP/sipp"), waited.text());
    assertTrue(pickup.step(caller, "thanks").isPresent(), "the caller's flow went on");
    pickup.rig.until("queue_log completes the call",
        () -> pickup.rig.queueLogOf(caller).stream().anyMatch(line -> line.contains("|COMPLETEAGENT|")));
    pickup.nothingLeft();
    pickup.rig.until("the statistics counted the call once",
        () -> Await.result(pickup.rig.queues().statistics("support")).orElseThrow().answered() == 1);
    QueueStatistics stats = Await.result(pickup.rig.queues().statistics("support")).orElseThrow();
    assertEquals(1, stats.joined());
    assertTrue(stats.balanced(), stats.toString());
    assertEquals(AgentState.AVAILABLE, pickup.rig.agent("PJSIP/2001").state());
  }

  @Test
  void the_caller_hanging_up_while_talking_with_the_picker_ends_the_pickup_and_the_queue_call() {
    String caller = pickup.call("line", "5551000");
    pickup.ringing(1);

    String picker = pickup.call("grab", "3001");
    pickup.talking(caller, picker);
    pickup.hangUp(caller);

    pickup.ended(picker, "take", "picked-up");
    pickup.rig.until("queue_log completes the call by the caller",
        () -> pickup.rig.queueLogOf(caller).stream().anyMatch(line -> line.contains("|COMPLETECALLER|")));
    pickup.nothingLeft();
  }
}
