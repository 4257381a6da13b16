package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.DeviceState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Distribution end to end on the simulated Asterisk: PJSIP agents that answer after a few seconds, refuse
 * (busy) or never answer, several callers; the order of offers and the winner are read from what Asterisk saw
 * (the agent channels up while ringing) and from the queue_log file.
 */
class QueueStrategiesOnSimulatorTest {

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

  private QueueRig rig(String strategy, String phones, String members) {
    QueueRig rig = new QueueRig(dir, phones, List.of("2001", "2002", "2003"), "");
    rig.write("queue.yaml", """
        queue: support
        strategy: %s
        ringTimeout: 15s
        retry: 2s
        members: [%s]
        """.formatted(strategy, members));
    return rig.write("line.yaml", FLOW).start();
  }

  private static final String ANSWER_AND_TALK = """
      "2001": [ring, {answer-after: 2s}, {hangup-after: 10s}]
      "2002": [ring, {answer-after: 2s}, {hangup-after: 10s}]
      "2003": [ring, {answer-after: 2s}, {hangup-after: 10s}]
      """;

  @Test
  void ringall_rings_every_free_agent_at_once_and_the_first_to_answer_wins() {
    String phones = """
        "2001": [ring, {answer-after: 5s}]
        "2002": [ring, {answer-after: 3s}]
        "2003": [busy]
        """;
    try (QueueRig rig = rig("ringall", phones, "PJSIP/2001, PJSIP/2002, PJSIP/2003")) {
      String caller = rig.call("line", "5551000");
      rig.until("2001 and 2002 ring together, busy 2003 is gone", () -> List.of("PJSIP/2001", "PJSIP/2002")
          .equals(rig.agentLegs().stream().map(name -> name.substring(0, 10)).sorted().toList()));
      rig.until("2002 answered", () -> rig.queueLogOf(caller).stream().anyMatch(l -> l.contains("CONNECT")));

      assertEquals(List.of("support|NONE|ENTERQUEUE", "support|PJSIP/2003|RINGNOANSWER", "support|PJSIP/2002|CONNECT"),
          events(rig.queueLogOf(caller)));
      rig.until("the loser's leg is gone", () -> rig.agentLegs().size() == 1);
      rig.until("PJSIP/2001 is available again", () -> rig.agent("PJSIP/2001").state() == AgentState.AVAILABLE);
      rig.advance(Duration.ofSeconds(7));
      rig.hangUp(caller);
      rig.until("all gone", rig::nothingLeft);
      rig.until("the queue_log closes the call", () -> "support|PJSIP/2002|COMPLETECALLER".equals(last(events(rig.queueLogOf(caller)))));
    }
  }

  @Test
  void rrmemory_goes_round_the_members_from_where_it_stopped() {
    try (QueueRig rig = rig("rrmemory", ANSWER_AND_TALK, "PJSIP/2001, PJSIP/2002, PJSIP/2003")) {
      assertEquals(List.of("PJSIP/2001", "PJSIP/2002", "PJSIP/2003", "PJSIP/2001"), winnersOfFourCalls(rig));
    }
  }

  @Test
  void linear_always_starts_with_the_first_member() {
    try (QueueRig rig = rig("linear", ANSWER_AND_TALK, "PJSIP/2001, PJSIP/2002, PJSIP/2003")) {
      assertEquals(List.of("PJSIP/2001", "PJSIP/2001", "PJSIP/2001", "PJSIP/2001"), winnersOfFourCalls(rig));
      String first = rig.call("line", "5552000");
      rig.advance(Duration.ofSeconds(4));
      String second = rig.call("line", "5552001");
      rig.until("the second caller is connected", () -> rig.queueLogOf(second).size() >= 2);
      assertTrue(rig.queueLogOf(first).get(1).startsWith("support|PJSIP/2001|CONNECT"));
      assertTrue(rig.queueLogOf(second).get(1).startsWith("support|PJSIP/2002|CONNECT"));
    }
  }

  @Test
  void leastrecent_offers_the_agent_idle_the_longest() {
    String phones = """
        "2001": [ring, {answer-after: 1s}, {hangup-after: 20s}]
        "2002": [ring, {answer-after: 1s}, {hangup-after: 5s}]
        """;
    try (QueueRig rig = rig("leastrecent", phones, "PJSIP/2001, PJSIP/2002")) {
      String a = rig.call("line", "5553000");
      rig.advance(Duration.ofSeconds(2));
      String b = rig.call("line", "5553001");
      rig.advance(Duration.ofSeconds(7));
      rig.until("2002 hung up first and is idle again", () -> rig.agent("PJSIP/2002").state() == AgentState.AVAILABLE
          && rig.agent("PJSIP/2002").device() == DeviceState.NOT_INUSE);
      rig.advance(Duration.ofSeconds(14));
      rig.until("both phones are idle", () -> Await.result(rig.queues().agents()).stream()
          .allMatch(agent -> agent.state() == AgentState.AVAILABLE && agent.device() == DeviceState.NOT_INUSE));
      String c = rig.call("line", "5553002");
      rig.until("the third caller is connected", () -> rig.queueLogOf(c).size() >= 2);

      assertEquals(List.of("PJSIP/2001", "PJSIP/2002", "PJSIP/2002"), List.of(winner(rig, a), winner(rig, b),
          winner(rig, c)));
    }
  }

  /** Four callers one after another, each call over before the next: who answered each. */
  private static List<String> winnersOfFourCalls(QueueRig rig) {
    List<String> winners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String caller = rig.call("line", "555100" + i);
      rig.until("call " + i + " completes", () -> rig.queueLogOf(caller).stream().anyMatch(l -> l.contains("COMPLETE")));
      winners.add(winner(rig, caller));
      rig.until("call " + i + " is gone", rig::nothingLeft);
    }
    return winners;
  }

  private static String winner(QueueRig rig, String caller) {
    return rig.queueLogOf(caller).stream().filter(l -> l.contains("|CONNECT|")).findFirst()
        .map(l -> l.split("\\|")[1]).orElse("nobody");
  }

  /** The lines as queue|agent|EVENT, without the data fields (a tick of timing may move them). */
  private static List<String> events(List<String> lines) {
    return lines.stream().map(line -> String.join("|", List.of(line.split("\\|")).subList(0, 3))).toList();
  }

  private static String last(List<String> lines) {
    return lines.get(lines.size() - 1);
  }
}
