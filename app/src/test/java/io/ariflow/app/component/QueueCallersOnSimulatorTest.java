package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.stats.QueueStatistics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caller's side of queues end to end on the simulated Asterisk: announcements asserted from the prompts the
 * simulator played, overflow and exit keys continuing the flow, callbacks dialled back, both ends hanging up
 * during an offer, the queue_log file and the statistics, and nothing left behind.
 */
class QueueCallersOnSimulatorTest {

  @TempDir
  Path dir;

  static final String FLOW = """
      flow: line
      start: wait
      steps:
        wait:
          type: queue
          queue: support
          exits: {"0": operator}
          next: bye
          on: {timeout: overflow}
        overflow:
          type: play
          media: [sound:vm-goodbye]
          next: bye
        operator:
          type: play
          media: [sound:auth-thankyou]
          next: bye
        bye:
          type: hangup
      """;

  private QueueRig rig(String queue, String phones, String extraContexts) {
    QueueRig rig = new QueueRig(dir, phones, List.of("2001", "2002", "3001"), extraContexts);
    return rig.write("queue.yaml", queue).write("line.yaml", FLOW).start();
  }

  static final String WAITING = """
      queue: support
      strategy: linear
      agents: [alice]
      maxWait: 2m
      announce: {frequency: 30s, position: yes, holdTime: yes, periodic: [sound:queue-periodic-announce],
        periodicFrequency: 40s}
      """;

  @Test
  void waiting_callers_hear_their_position_then_the_periodic_prompt_and_overflow_after_the_maximum_wait() {
    try (QueueRig rig = rig(WAITING, "", "")) {
      String first = rig.call("line", "5551000");
      rig.advance(Duration.ofSeconds(5));
      String second = rig.call("line", "5551001");
      rig.advance(Duration.ofSeconds(50));

      assertEquals(List.of("sound:queue-youarenext", "sound:queue-thankyou", "sound:queue-youarenext",
          "sound:queue-thankyou", "sound:queue-periodic-announce"), rig.heard(first).subList(0, 5));
      assertEquals(List.of("sound:queue-thereare", "number:2", "sound:queue-callswaiting", "sound:queue-thankyou"),
          rig.heard(second).subList(0, 4));
      rig.until("the first caller overflowed", () -> rig.runOf(first).isPresent());
      assertTrue(rig.heard(first).contains("sound:vm-goodbye"));
      assertEquals("support|NONE|EXITWITHTIMEOUT|1|1|120", rig.queueLogOf(first).get(1));
      rig.hangUp(second);
      rig.until("all gone", rig::nothingLeft);
      rig.until("the queue counted the abandon",
          () -> Await.result(rig.queues().statistics("support")).orElseThrow().abandoned() == 1);
      QueueStatistics stats = Await.result(rig.queues().statistics("support")).orElseThrow();
      assertEquals(1, stats.timedOut());
      assertEquals(1, stats.abandoned());
      assertTrue(stats.balanced());
    }
  }

  @Test
  void an_exit_key_leaves_the_queue_for_the_named_step() {
    try (QueueRig rig = rig(WAITING, "", "")) {
      String caller = rig.call("line", "5551000");
      rig.advance(Duration.ofSeconds(8));
      rig.press(caller, "0");
      rig.until("the flow ended", () -> rig.runOf(caller).isPresent());

      assertTrue(rig.heard(caller).contains("sound:auth-thankyou"));
      assertEquals("support|NONE|EXITWITHKEY|0|1|1|" + waited(rig, caller), rig.queueLogOf(caller).get(1));
      rig.until("all gone", rig::nothingLeft);
    }
  }

  static final String TWO_AGENTS = """
      queue: support
      strategy: linear
      ringTimeout: 15s
      retry: 2s
      members: [PJSIP/2001, PJSIP/2002]
      """;

  @Test
  void the_caller_hanging_up_during_an_offer_tears_the_agent_leg_down_and_the_agent_is_available_again() {
    String phones = """
        "2001": [ring]
        "2002": [ring]
        """;
    try (QueueRig rig = rig(TWO_AGENTS, phones, "")) {
      String caller = rig.call("line", "5551000");
      rig.advance(Duration.ofSeconds(4));
      rig.until("2001 is offered the call", () -> rig.agentLegs().size() == 1
          && rig.agent("PJSIP/2001").state() == AgentState.OFFERED);
      rig.hangUp(caller);
      rig.until("all gone", rig::nothingLeft);

      rig.until("PJSIP/2001 is available again", () -> rig.agent("PJSIP/2001").state() == AgentState.AVAILABLE);
      List<String> log = rig.queueLogOf(caller);
      assertEquals(3, log.size(), log.toString());
      assertTrue(log.get(1).startsWith("support|PJSIP/2001|RINGCANCELED|"), log.toString());
      assertEquals("support|NONE|ABANDON|1|1|" + waited(rig, caller), log.get(2));
    }
  }

  @Test
  void an_agent_hanging_up_during_the_offer_is_a_refusal_and_the_next_agent_is_rung() {
    String phones = """
        "2001": [ring, {wait: 3s}, hangup]
        "2002": [ring, {answer-after: 2s}, {hangup-after: 10s}]
        """;
    try (QueueRig rig = rig(TWO_AGENTS, phones, "")) {
      String caller = rig.call("line", "5551000");
      rig.until("the call completed", () -> rig.queueLogOf(caller).stream().anyMatch(l -> l.contains("COMPLETE")));

      List<String> log = rig.queueLogOf(caller);
      assertTrue(log.get(1).matches("support\\|PJSIP/2001\\|RINGNOANSWER\\|(2750|3000|3250)"), log.toString());
      assertTrue(log.get(2).startsWith("support|PJSIP/2002|CONNECT|"), log.toString());
      assertTrue(log.get(3).matches("support\\|PJSIP/2002\\|COMPLETEAGENT\\|\\d\\|10\\|1"), log.toString());
      rig.until("all gone", rig::nothingLeft);
      rig.until("PJSIP/2001 is available again", () -> rig.agent("PJSIP/2001").state() == AgentState.AVAILABLE);
    }
  }

  /** The seconds between the caller's ENTERQUEUE and their last queue_log line (the caller's time in the queue). */
  private static long waited(QueueRig rig, String caller) {
    List<String> lines = rig.queueLogLines(caller);
    return seconds(lines.get(lines.size() - 1)) - seconds(lines.get(0));
  }

  private static long seconds(String line) {
    return Long.parseLong(line.substring(0, line.indexOf('|')));
  }

  static final String CALLBACKS = """
      queue: support
      strategy: linear
      agents: [alice]
      callback: {key: "*", attempts: 2, retry: 1m, endpoint: "Local/{number}@callbacks"}
      """;

  @Test
  void a_caller_leaves_a_number_hangs_up_and_is_called_back_once_an_agent_is_free() {
    String phones = """
        "3001": [ring, {answer-after: 2s}]
        """;
    String callbacks = """
          callbacks:
            "*": [ring, {answer-after: 3s}, {hangup-after: 20s}]
        """;
    try (QueueRig rig = rig(CALLBACKS, phones, callbacks)) {
      String caller = rig.call("line", "5551000");
      rig.advance(Duration.ofSeconds(3));
      rig.press(caller, "*");
      rig.until("the caller is asked for a number", () -> rig.heard(caller).contains("sound:vm-enter-num-to-call"));
      rig.press(caller, "5559876#");
      rig.until("the number is read back", () -> rig.heard(caller).contains("sound:if-correct-press"));
      rig.press(caller, "1");
      rig.until("the caller was hung up", () -> rig.runOf(caller).isPresent());
      assertTrue(rig.heard(caller).containsAll(List.of("sound:you-entered", "digits:5559876",
          "sound:if-correct-press", "sound:vm-goodbye")), rig.heard(caller).toString());
      assertEquals(1L, Await.result(rig.queues().statistics("support")).orElseThrow().waiting());

      rig.queues().login("alice", "PJSIP/3001");
      rig.until("the callback completed", () -> rig.queueLogOf(caller).stream().anyMatch(l -> l.contains("COMPLETE")));
      List<String> log = rig.queueLogOf(caller);
      assertTrue(log.get(1).startsWith("support|alice|CONNECT|"), log.toString());
      assertTrue(log.get(2).startsWith("support|alice|COMPLETECALLER|"), log.toString());
      rig.until("all gone", rig::nothingLeft);
    }
  }

  @Test
  void agents_log_in_pause_and_log_out_through_the_facade_and_the_queue_log_says_so() {
    try (QueueRig rig = rig(WAITING, "", "")) {
      rig.queues().login("alice", "PJSIP/3001");
      rig.advance(Duration.ofSeconds(1));
      rig.queues().pause("alice", "lunch");
      rig.advance(Duration.ofSeconds(1));
      rig.until("alice is paused", () -> rig.agent("alice").state() == AgentState.PAUSED);
      rig.queues().unpause("alice");
      rig.queues().logout("alice");
      rig.until("the queue_log has every line", () -> rig.queueLog().size() == 9);

      assertEquals(List.of("NONE|NONE|NONE|QUEUESTART|", "NONE|NONE|alice|AGENTLOGIN|PJSIP/3001",
          "NONE|support|alice|ADDMEMBER|", "NONE|NONE|alice|PAUSEALL|lunch", "NONE|support|alice|PAUSE|lunch",
          "NONE|NONE|alice|UNPAUSEALL|", "NONE|support|alice|UNPAUSE|", "NONE|NONE|alice|AGENTLOGOFF|PJSIP/3001|2",
          "NONE|support|alice|REMOVEMEMBER|"), rig.queueLog());
      String refused = Await.result(rig.queues().login("mallory", "PJSIP/2001").map("logged in")
          .otherwise(Throwable::getMessage));
      assertEquals("no queue declares agent 'mallory'", refused);
    }
  }
}
