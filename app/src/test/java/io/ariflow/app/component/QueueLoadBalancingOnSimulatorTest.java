package io.ariflow.app.component;

import static io.ariflow.app.component.QueueLogs.serveOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.queue.agent.AgentState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The balancing strategies end to end on the simulated Asterisk: {@code fewestcalls} (fewest completed calls,
 * ties by declaration) and {@code rrordered} (round robin in declaration order whatever the order of logins),
 * with agents that refuse (busy), never answer (ring timeout), pause, log out and log in again. Each caller is
 * served and gone before the next; the order of offers and the winner come from the queue_log.
 */
class QueueLoadBalancingOnSimulatorTest {

  @TempDir
  Path dir;

  private QueueRig rig(String phones, List<String> endpoints, String queue) {
    QueueRig rig = new QueueRig(dir, phones, endpoints, "");
    return rig.write("queue.yaml", queue).write("line.yaml", QueueStrategiesOnSimulatorTest.FLOW).start();
  }

  @Test
  void fewestcalls_offers_the_member_with_fewest_completed_calls_skipping_the_busy_and_the_paused() {
    String phones = """
        "2001": [ring, {answer-after: 2s}, {hangup-after: 10s}]
        "2002": [busy]
        "2003": [ring, {answer-after: 2s}, {hangup-after: 10s}]
        """;
    String queue = """
        queue: support
        strategy: fewestcalls
        ringTimeout: 15s
        retry: 2s
        members: [PJSIP/2001, PJSIP/2002, PJSIP/2003]
        """;
    try (QueueRig rig = rig(phones, List.of("2001", "2002", "2003"), queue)) {
      assertEquals(List.of("PJSIP/2001"), serveOne(rig, "line", "5551000"), "all at 0 calls: the first declared");
      assertEquals(List.of("PJSIP/2002", "PJSIP/2003"), serveOne(rig, "line", "5551001"),
          "2002 (0 calls) is busy, 2003 (0 calls) takes it");
      assertEquals(List.of("PJSIP/2002", "PJSIP/2001"), serveOne(rig, "line", "5551002"),
          "2002 still has fewest but refuses; 2001 and 2003 tie at 1: declaration order");

      Await.result(rig.queues().pause("PJSIP/2001", "lunch"));
      rig.until("2001 is paused", () -> rig.agent("PJSIP/2001").state() == AgentState.PAUSED);
      assertEquals(List.of("PJSIP/2002", "PJSIP/2003"), serveOne(rig, "line", "5551003"),
          "paused 2001 (2 calls) is never offered");
      Await.result(rig.queues().unpause("PJSIP/2001"));
      assertEquals(List.of("PJSIP/2002", "PJSIP/2001"), serveOne(rig, "line", "5551004"),
          "back from pause, 2001 ties with 2003 at 2 and is declared first");
      assertEquals(List.of(), rig.agentLegs());
    }
  }

  @Test
  void rrordered_rotates_in_declaration_order_across_logins_ring_timeouts_and_a_logout() {
    String phones = """
        "3001": [ring, {answer-after: 2s}, {hangup-after: 10s}]
        "3002": [ring, {answer-after: 2s}, {hangup-after: 10s}]
        "3003": [ring]
        """;
    String queue = """
        queue: support
        strategy: rrordered
        ringTimeout: 15s
        retry: 2s
        agents: [alice, bob, carol]
        """;
    try (QueueRig rig = rig(phones, List.of("3001", "3002", "3003"), queue)) {
      Await.result(rig.queues().login("carol", "PJSIP/3003"));
      Await.result(rig.queues().login("bob", "PJSIP/3002"));
      Await.result(rig.queues().login("alice", "PJSIP/3001"));
      List.of("PJSIP/3001", "PJSIP/3002", "PJSIP/3003").forEach(rig::awaitFollowing);

      assertEquals(List.of("alice"), serveOne(rig, "line", "5551000"), "declared first, though logged in last");
      assertEquals(List.of("bob"), serveOne(rig, "line", "5551001"));
      assertEquals(List.of("carol", "alice"), serveOne(rig, "line", "5551002"),
          "carol's phone rings out; after the retry the rotation wraps to alice");
      assertEquals(List.of("bob"), serveOne(rig, "line", "5551003"));

      Await.result(rig.queues().logout("bob"));
      assertEquals(List.of("carol", "alice"), serveOne(rig, "line", "5551004"), "logged-out bob is skipped");
      Await.result(rig.queues().login("bob", "PJSIP/3002"));
      assertEquals(List.of("bob"), serveOne(rig, "line", "5551005"),
          "bob logs in again and keeps his declared place right after alice");
      assertEquals(AgentState.AVAILABLE, rig.agent("carol").state());
    }
  }
}
