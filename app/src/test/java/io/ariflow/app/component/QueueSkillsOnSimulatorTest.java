package io.ariflow.app.component;

import static io.ariflow.app.component.QueueLogs.offers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skills-based routing end to end on the simulated Asterisk: a caller needing skills reaches only members that
 * have them (and waits for one rather than ring another), the most proficient first; a higher priority jumps
 * ahead; and aging raises a waiting call's priority with time, so an old low-priority caller beats a newer
 * high-priority one. Callers get their skills and priority from the flow they dial.
 */
class QueueSkillsOnSimulatorTest {

  @TempDir
  Path dir;

  /** A flow {@code id} putting its caller in queue support with {@code extra} step fields. */
  private static String flow(String id, String extra) {
    return """
        flow: %s
        start: wait
        steps:
          wait:
            type: queue
            queue: support
        %s    next: bye
          bye:
            type: hangup
        """.formatted(id, extra.indent(4));
  }

  private QueueRig rig(String phones, List<String> endpoints, String queue) {
    QueueRig rig = new QueueRig(dir, phones, endpoints, "");
    return rig.write("queue.yaml", queue).write("line.yaml", flow("line", ""))
        .write("billing.yaml", flow("billing", "skills: {billing: 3}"))
        .write("french.yaml", flow("french", "skills: {french: 2}"))
        .write("vip.yaml", flow("vip", "priority: 3")).start();
  }

  @Test
  void a_caller_reaches_only_members_with_the_skills_the_most_proficient_first_and_waits_for_one() {
    String phones = """
        "2001": [ring, {answer-after: 1s}, {hangup-after: 10s}]
        "2002": [ring, {answer-after: 1s}, {hangup-after: 10s}]
        "2003": [ring, {answer-after: 1s}, {hangup-after: 10s}]
        """;
    String queue = """
        queue: support
        strategy: skills
        ringTimeout: 15s
        members:
          - {endpoint: PJSIP/2001, skills: {billing: 5}}
          - {endpoint: PJSIP/2002, skills: {french: 5}}
          - {endpoint: PJSIP/2003, skills: {billing: 2, french: 3}}
        """;
    try (QueueRig rig = rig(phones, List.of("2001", "2002", "2003"), queue)) {
      String billing = rig.call("billing", "5551000");
      rig.until("the billing caller talks", () -> rig.queueLogOf(billing).stream().anyMatch(l -> l.contains("CONNECT")));
      String secondBilling = rig.call("billing", "5551001");
      String french = rig.call("french", "5551002");
      rig.until("the french caller talks", () -> rig.queueLogOf(french).stream().anyMatch(l -> l.contains("CONNECT")));
      rig.advance(Duration.ofSeconds(3));

      assertEquals(List.of("PJSIP/2001", "PJSIP/2002"), rig.agentLegs().stream().map(n -> n.substring(0, 10))
          .sorted().toList(), "2003 (billing 2) is free but not rung for billing 3");
      assertTrue(rig.inQueue(secondBilling) && offers(rig, secondBilling).isEmpty());
      rig.until("the second billing caller is served", () -> rig.queueLogOf(secondBilling).stream()
          .anyMatch(l -> l.contains("COMPLETE")));
      rig.until("all gone", rig::nothingLeft);

      assertEquals(List.of("PJSIP/2001"), offers(rig, billing));
      assertEquals(List.of("PJSIP/2002"), offers(rig, french), "french 5 before french 3");
      assertEquals(List.of("PJSIP/2001"), offers(rig, secondBilling), "waited for 2001 rather than ring 2003");
      assertTrue(rig.queueLog().stream().noneMatch(l -> l.contains("PJSIP/2003")), "2003 was never offered");
    }
  }

  @Test
  void priority_jumps_ahead_and_aging_lets_an_old_low_priority_caller_beat_a_newer_high_one() {
    String phones = "\"2001\": [ring, {answer-after: 1s}, {hangup-after: 60s}]\n";
    String queue = """
        queue: support
        strategy: skills
        ringTimeout: 15s
        members: [PJSIP/2001]
        wrapUp: 5s
        aging: {every: 10s, step: 1, max: 100}
        """;
    try (QueueRig rig = rig(phones, List.of("2001"), queue)) {
      String talking = rig.call("line", "5551000");
      rig.until("the agent talks", () -> rig.queueLogOf(talking).stream().anyMatch(l -> l.contains("CONNECT")));
      String old = rig.call("line", "5551001");
      rig.advance(Duration.ofSeconds(10));
      String vipEarly = rig.call("vip", "5551002");
      rig.advance(Duration.ofSeconds(38));
      String vipLate = rig.call("vip", "5551003");
      rig.advance(Duration.ofSeconds(130));
      rig.until("everyone was served", () -> rig.runOf(vipLate).isPresent() && rig.runOf(old).isPresent()
          && rig.runOf(vipEarly).isPresent());

      List<String> served = rig.queueLog().stream().filter(l -> l.contains("|CONNECT|"))
          .map(l -> l.split("\\|")[0]).toList();
      assertEquals(List.of(talking, vipEarly, old, vipLate), served,
          "at ~66 s: vip 3 + 5 (aged 54 s) beats 0 + 6 (64 s); at ~132 s: 0 + 13 beats vip 3 + 8 (82 s)");
      rig.until("all gone", rig::nothingLeft);
    }
  }
}
