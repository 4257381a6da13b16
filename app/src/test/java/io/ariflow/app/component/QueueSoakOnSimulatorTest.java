package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.component.QueueSoakScript.AgentMove;
import io.ariflow.app.component.QueueSoakScript.CallerPlan;
import io.ariflow.app.engine.Engine;
import io.ariflow.app.queues.QueueControl;
import io.ariflow.flows.queue.agent.AgentState;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.agent.DeviceState;
import io.ariflow.flows.queue.stats.MemberStatistics;
import io.ariflow.flows.queue.stats.QueueStatistics;
import io.ariflow.sim.InboundCall;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue soak on the simulated Asterisk: 200 callers and 20 PJSIP agents over an hour of virtual time, as
 * {@link QueueSoakScript} draws it. Time moves in half-second jumps of both clocks (timers on the way fire at
 * their own instants). Afterwards nothing may be left (channels, bridges, calls, claimed objects), every agent
 * must be in a state matching its calls, and the statistics and the queue_log (read once the engine stopped, so
 * every line is on disk) must account for every caller exactly once. Prints the wall time and the figures; asserts nothing about speed.
 */
class QueueSoakOnSimulatorTest {

  private static final long SEED = 5;
  private static final Duration STEP = Duration.ofMillis(500);
  private static final Duration LIMIT = Duration.ofMinutes(90);
  private static final Set<String> TERMINAL = Set.of("COMPLETECALLER", "COMPLETEAGENT", "ABANDON",
      "EXITWITHTIMEOUT", "EXITWITHKEY", "EXITEMPTY");
  private static final String AUTO_PAUSED = "PAUSED Auto-Pause";

  @TempDir
  Path dir;

  private record Due(long atMillis, long order, Runnable action) {
  }

  private final PriorityQueue<Due> due = new PriorityQueue<>(
      Comparator.comparingLong(Due::atMillis).thenComparingLong(Due::order));
  private long sequence;
  private long elapsed;

  @Test
  void two_hundred_callers_and_twenty_agents_for_an_hour_leave_nothing_behind_and_the_figures_add_up() {
    long wallStart = System.nanoTime();
    try (QueueRig rig = new QueueRig(dir, QueueSoakScript.phones(), QueueSoakScript.endpoints(), "")) {
      rig.write("queue.yaml", QueueSoakScript.queue()).write("line.yaml", QueueStrategiesOnSimulatorTest.FLOW)
          .start();
      for (int i = 17; i <= QueueSoakScript.AGENTS; i++) {
        Await.result(rig.queues().login("a" + i, "PJSIP/" + (2000 + i)));
      }
      QueueSoakScript.endpoints().forEach(e -> rig.awaitFollowing("PJSIP/" + e));
      rig.jump(Duration.ZERO);
      int claimedAtRest = rig.claimedObjects();
      QueueSoakScript.callers(SEED).forEach(plan -> at(plan.arrival(), () -> arrive(rig, plan)));
      QueueSoakScript.agentMoves().forEach(move -> at(move.at(), () -> apply(rig.queues(), move)));

      run(rig);
      rig.until("every channel, bridge and playback is gone", rig::nothingLeft);
      rig.advance(Duration.ofSeconds(10));
      rig.until("no agent is offered, talking or wrapping up", () -> Await.result(rig.queues().agents()).stream()
          .noneMatch(a -> Set.of(AgentState.OFFERED, AgentState.ON_CALL, AgentState.WRAP_UP).contains(a.state())));
      long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;

      QueueStatistics stats = Await.result(rig.queues().statistics("support")).orElseThrow();
      List<AgentView> agents = Await.result(rig.queues().agents());
      Engine.Stats engine = Await.result(rig.engine().engine().stats());
      int claimed = rig.claimedObjects();
      rig.stopEngine();
      Map<String, Long> logged = auditQueueLog(rig);
      print(wallMillis, rig, stats, logged);
      assertEquals(QueueSoakScript.CALLERS, rig.finished.size(), "every caller's flow ended");
      assertEquals(0, engine.calls());
      assertEquals(0, engine.bridges());
      assertEquals(claimedAtRest, claimed, "only the followed phones are still claimed");
      assertAgentsAtRest(agents);
      assertFiguresAddUp(stats, logged);
    }
  }

  private void at(Duration when, Runnable action) {
    due.add(new Due(when.toMillis(), sequence++, action));
  }

  private void arrive(QueueRig rig, CallerPlan plan) {
    String id = Await.result(rig.sim.placeCall(InboundCall.to("line").from(plan.number(), "Caller " + plan.number())));
    Duration now = Duration.ofMillis(elapsed);
    plan.hangUpAfter().ifPresent(after -> at(now.plus(after), () -> quietly(rig.sim.callerHangsUp(id))));
    plan.exitAfter().ifPresent(after -> at(now.plus(after), () -> quietly(rig.sim.callerSendsDtmf(id, "0"))));
  }

  /** A caller's action on a channel that may be gone already (their call ended first): nothing to do then. */
  private static void quietly(Future<Void> action) {
    Await.result(action.otherwiseEmpty());
  }

  private static void apply(QueueControl queues, AgentMove move) {
    Future<Void> done = switch (move.action()) {
      case PAUSE -> queues.pause(move.agent(), "soak");
      case UNPAUSE -> queues.unpause(move.agent());
      case LOGOUT -> queues.logout(move.agent());
      case LOGIN -> queues.login(move.agent(), "PJSIP/20" + move.agent().substring(1));
    };
    Await.result(done);
  }

  /** Jumps both clocks a step at a time, running what is due, until every caller's flow ended. */
  private void run(QueueRig rig) {
    while (elapsed < LIMIT.toMillis() && !(due.isEmpty() && rig.finished.size() >= QueueSoakScript.CALLERS)) {
      rig.jump(STEP);
      elapsed += STEP.toMillis();
      while (!due.isEmpty() && due.peek().atMillis() <= elapsed) {
        due.poll().action().run();
      }
    }
  }

  /** Per event name, how many lines the queue_log has; fails unless each entry has exactly one ending. */
  private static Map<String, Long> auditQueueLog(QueueRig rig) {
    Map<String, List<String>> byCall = rig.queueLog().stream().map(line -> line.split("\\|"))
        .filter(fields -> !fields[0].equals("NONE"))
        .collect(Collectors.groupingBy(fields -> fields[0], TreeMap::new,
            Collectors.mapping(fields -> fields[3], Collectors.toList())));
    List<String> broken = new ArrayList<>();
    byCall.forEach((call, events) -> {
      long enters = events.stream().filter("ENTERQUEUE"::equals).count();
      List<String> endings = events.stream().filter(TERMINAL::contains).toList();
      long connects = events.stream().filter("CONNECT"::equals).count();
      boolean completes = endings.size() == 1 && endings.get(0).startsWith("COMPLETE");
      if (enters != 1 || endings.size() != 1 || connects != (completes ? 1 : 0)) {
        broken.add(call + " " + events);
      }
    });
    assertEquals(List.of(), broken, "entries without exactly one ending");
    assertEquals(QueueSoakScript.CALLERS, byCall.size(), "every caller entered the queue_log");
    return rig.queueLog().stream().map(line -> line.split("\\|")[3])
        .collect(Collectors.groupingBy(event -> event, TreeMap::new, Collectors.counting()));
  }

  /**
   * Every agent rests in the state its story says: the script's pauses and logout, the broken phones auto-paused,
   * the others available. A healthy phone may be auto-paused too when three offers in a row rang out (commands
   * in flight lag behind virtual time under load); then the agent's own count of misses shows it.
   */
  private static void assertAgentsAtRest(List<AgentView> agents) {
    Map<String, String> actual = new TreeMap<>();
    agents.forEach(a -> actual.put(a.agentId(), a.state() + a.pauseReason().map(r -> " " + r).orElse("")));
    Map<String, String> expected = new TreeMap<>();
    agents.forEach(a -> expected.put(a.agentId(), AgentState.AVAILABLE.name()));
    List.of("PJSIP/2001", "PJSIP/2002", "PJSIP/2003").forEach(id -> expected.put(id, AUTO_PAUSED));
    expected.put("a19", AgentState.LOGGED_OUT.name());
    expected.put("a20", "PAUSED soak");
    agents.stream().filter(a -> AUTO_PAUSED.equals(actual.get(a.agentId())) && a.missedInARow() >= 3)
        .forEach(a -> expected.put(a.agentId(), AUTO_PAUSED));
    assertEquals(expected, actual);
    assertTrue(agents.stream().filter(AgentView::loggedIn).noneMatch(a -> Set.of(DeviceState.INUSE,
        DeviceState.RINGING, DeviceState.RINGINUSE, DeviceState.ONHOLD).contains(a.device())),
        "no phone is busy once every call ended: " + agents);
  }

  private static void assertFiguresAddUp(QueueStatistics stats, Map<String, Long> logged) {
    assertTrue(stats.balanced(), "joined = answered + abandoned + overflowed + exited + callbacks failed: " + stats);
    assertEquals(QueueSoakScript.CALLERS, stats.joined());
    assertEquals(0, stats.waiting());
    assertEquals(0, stats.talking());
    assertEquals(stats.answered(), stats.completed());
    assertEquals(stats.answered(), stats.members().values().stream().mapToLong(MemberStatistics::answered).sum());
    assertEquals(stats.completed(), stats.members().values().stream().mapToLong(MemberStatistics::completed).sum());
    assertEquals(stats.answered(), logged.getOrDefault("CONNECT", 0L));
    assertEquals(stats.answered(), logged.getOrDefault("COMPLETECALLER", 0L) + logged.getOrDefault("COMPLETEAGENT", 0L));
    assertEquals(stats.abandoned(), logged.getOrDefault("ABANDON", 0L));
    assertEquals(stats.timedOut(), logged.getOrDefault("EXITWITHTIMEOUT", 0L));
    assertEquals(stats.exitedWithKey(), logged.getOrDefault("EXITWITHKEY", 0L));
    assertEquals(stats.leftEmpty(), logged.getOrDefault("EXITEMPTY", 0L));
  }

  private void print(long wallMillis, QueueRig rig, QueueStatistics stats, Map<String, Long> logged) {
    System.out.printf("queue soak: %d callers, %d agents, %.1f min virtual in %.1f s wall%n", rig.finished.size(),
        QueueSoakScript.AGENTS, elapsed / 60_000.0, wallMillis / 1000.0);
    System.out.printf("queue soak: joined %d, answered %d (%d in service level), abandoned %d, timed out %d,"
        + " exited by key %d, avg wait %s, avg talk %s%n", stats.joined(), stats.answered(),
        stats.answeredWithinServiceLevel(), stats.abandoned(), stats.timedOut(), stats.exitedWithKey(),
        stats.averageWait().orElse(Duration.ZERO), stats.averageTalkTime().orElse(Duration.ZERO));
    System.out.println("queue soak: queue_log " + logged);
    System.out.println("queue soak: answered per agent " + new TreeMap<>(stats.members().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().answered() + "/" + e.getValue().offered()))));
  }
}
