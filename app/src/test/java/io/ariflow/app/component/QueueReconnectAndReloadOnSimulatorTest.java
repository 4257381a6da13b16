package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.DeviceState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queues' owner against what really happens around it: events lost while the connection is down (the
 * caller who left in the gap is let go, the agent is free again), a phone that unregisters (not rung) and a
 * reloaded queue file (applied once the queues are idle, agents staying logged in).
 */
class QueueReconnectAndReloadOnSimulatorTest {

  @TempDir
  Path dir;

  static final String FLOW = """
      flow: line
      start: wait
      steps:
        wait:
          type: queue
          queue: support
          next: bye
        bye:
          type: hangup
      """;

  static final String QUEUE = """
      queue: support
      strategy: %s
      ringTimeout: 15s
      members: [PJSIP/2001]
      agents: [alice]
      """;

  private QueueRig rig(String strategy) {
    QueueRig rig = new QueueRig(dir, "\"2001\": [ring, {answer-after: 1s}]\n\"3001\": [ring]\n",
        List.of("2001", "3001"), "");
    return rig.write("queue.yaml", QUEUE.formatted(strategy)).write("line.yaml", FLOW).start();
  }

  @Test
  void a_caller_who_hangs_up_while_events_are_lost_is_let_go_and_the_agent_freed_after_the_reconnect() {
    try (QueueRig rig = rig("linear")) {
      String caller = rig.call("line", "5551000");
      rig.until("the agent talks", () -> rig.agent("PJSIP/2001").state() == AgentState.ON_CALL);
      Await.result(rig.sim.faults().dropWebSockets());
      rig.hangUp(caller);
      rig.until("the engine reconnected and repaired the queue",
          () -> rig.engine().connection().status().generation() >= 2
              && rig.agent("PJSIP/2001").state() == AgentState.AVAILABLE);

      rig.until("the queue_log closes the call with COMPLETECALLER", () -> {
        List<String> lines = rig.queueLogOf(caller);
        return !lines.isEmpty() && lines.get(lines.size() - 1).contains("|COMPLETECALLER|");
      });
      rig.until("all gone", rig::nothingLeft);
    }
  }

  @Test
  void an_unregistered_phone_is_not_rung_until_it_registers_again() {
    try (QueueRig rig = rig("linear")) {
      rig.awaitFollowing("PJSIP/2001");
      Await.result(rig.sim.unregisterEndpoint("2001"));
      rig.until("the endpoint is offline", () -> rig.agent("PJSIP/2001").device() == DeviceState.UNAVAILABLE);
      String caller = rig.call("line", "5551000");
      rig.advance(Duration.ofSeconds(5));
      assertEquals(List.of(), rig.agentLegs());
      Await.result(rig.sim.registerEndpoint("2001"));
      rig.until("the caller is connected", () -> rig.queueLogOf(caller).stream().anyMatch(l -> l.contains("CONNECT")));
    }
  }

  @Test
  void a_reloaded_queue_takes_over_when_idle_and_logged_in_agents_stay() {
    try (QueueRig rig = rig("linear")) {
      Await.result(rig.queues().login("alice", "PJSIP/3001"));
      rig.write("queue.yaml", QUEUE.formatted("rrmemory"));
      Await.result(rig.reload());

      rig.until("the new queue runs", () -> rig.strategy("support").equals("rrmemory"));
      assertEquals(AgentState.AVAILABLE, rig.agent("alice").state());
    }
  }

  @Test
  void a_queue_file_broken_by_an_edit_is_refused_and_the_running_queue_keeps_its_settings_and_agents() {
    try (QueueRig rig = rig("linear")) {
      Await.result(rig.queues().login("alice", "PJSIP/3001"));
      rig.write("queue.yaml", QUEUE.formatted("rrmemroy"));
      Await.result(rig.reload());
      rig.advance(Duration.ofSeconds(2));

      assertEquals("linear", rig.strategy("support"));
      assertEquals(AgentState.AVAILABLE, rig.agent("alice").state());
      String caller = rig.call("line", "5551000");
      rig.until("the queue still takes callers", () -> rig.queueLogOf(caller).stream()
          .anyMatch(line -> line.contains("ENTERQUEUE")));
    }
  }

  @Test
  void a_reload_while_a_caller_talks_waits_for_the_queue_to_be_idle_and_then_restarts_it() {
    try (QueueRig rig = rig("linear")) {
      String caller = rig.call("line", "5551000");
      rig.until("the agent talks", () -> rig.agent("PJSIP/2001").state() == AgentState.ON_CALL);
      rig.write("queue.yaml", QUEUE.formatted("rrmemory"));
      Await.result(rig.reload());
      rig.advance(Duration.ofSeconds(5));
      assertEquals("linear", rig.strategy("support"), "the running queue keeps its settings while a call is on");

      rig.hangUp(caller);
      rig.until("the new queue runs once idle", () -> rig.strategy("support").equals("rrmemory"));
      rig.until("the queue_log shows the restart", () -> rig.queueLog().stream()
          .filter(line -> line.endsWith("|QUEUESTART|")).count() == 2);
      assertEquals(AgentState.AVAILABLE, rig.agent("PJSIP/2001").state());
    }
  }
}
