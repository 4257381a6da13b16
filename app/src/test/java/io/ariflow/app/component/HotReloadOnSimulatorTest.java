package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.flows.FinishedRun;
import io.ariflow.flows.runtime.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload under live calls: a changed flow file is validated and swapped without a restart, calls in
 * progress finish on the version they started with, the next call runs the new one, and an edit that does
 * not validate is refused while the previous version keeps running.
 */
class HotReloadOnSimulatorTest {

  private static final String V1 = """
      flow: hot
      start: old-answer
      steps:
        old-answer:
          type: answer
          next: old-pause
        old-pause:
          type: pause
          duration: 10s
          next: old-bye
        old-bye:
          type: hangup
      """;

  private static final String V2 = """
      flow: hot
      start: new-answer
      steps:
        new-answer:
          type: answer
          next: new-bye
        new-bye:
          type: hangup
      """;

  private static final String BROKEN = """
      flow: hot
      start: new-answer
      steps:
        new-answer:
          tpye: answer
          next: new-bye
        new-bye:
          type: hangup
      """;

  @TempDir
  Path dir;
  private FlowsOnSimulator flows;
  private LogLines log;

  @BeforeEach
  void startEngine() {
    log = new LogLines("io.ariflow.app.flows");
    flows = new FlowsOnSimulator(dir).write("hot.yaml", V1).start("hangup");
  }

  @AfterEach
  void stop() {
    flows.close();
    log.close();
  }

  private List<String> stepsOf(String callId) {
    FinishedRun run = flows.lastRunOf(callId).orElseThrow();
    return run.timeline().entries().stream().map(TimelineEntry::stepId).filter(id -> !id.isEmpty()).toList();
  }

  private void awaitGeneration(long generation) {
    Await.until("the flows were reloaded (generation " + generation + ")",
        () -> flows.catalog().generation() >= generation);
  }

  @Test
  void aCallInProgressFinishesOnItsVersionAndTheNextCallRunsTheNewOne() {
    String first = flows.call("hot");
    flows.until("the first call pauses on version 1", () -> "Up".equals(flows.channelState(first)));

    flows.write("hot.yaml", V2);
    awaitGeneration(2);
    String second = flows.call("hot");
    flows.advance(Duration.ofSeconds(11));

    flows.until("both calls ended", () -> flows.lastRunOf(first).isPresent() && flows.lastRunOf(second).isPresent());
    assertEquals(List.of("old-answer", "old-pause", "old-bye"), stepsOf(first));
    assertEquals(List.of("new-answer", "new-bye"), stepsOf(second));
  }

  @Test
  void aBrokenEditIsRefusedAndThePreviousVersionKeepsRunning() {
    flows.write("hot.yaml", BROKEN);
    awaitGeneration(2);

    String call = flows.call("hot");
    flows.advance(Duration.ofSeconds(11));

    flows.until("the call ended", () -> flows.lastRunOf(call).isPresent());
    assertEquals(List.of("old-answer", "old-pause", "old-bye"), stepsOf(call));
    assertTrue(log.any("ERROR", "hot.yaml:4:3", "needs a type"), () -> String.join("\n", log.all()));
    assertTrue(log.any("flow 'hot'", "refused", "previous version keeps running"), () -> String.join("\n", log.all()));

    flows.write("hot.yaml", V2);
    awaitGeneration(3);
    String next = flows.call("hot");
    flows.until("the next call ended", () -> flows.lastRunOf(next).isPresent());
    assertEquals(List.of("new-answer", "new-bye"), stepsOf(next));
  }

  @Test
  void aRemovedFlowIsNoLongerRunAndItsCallsGetTheFallback() {
    flows.write("other.yaml", V2.replace("flow: hot", "flow: other"));
    awaitGeneration(2);
    assertEquals(List.of("hot", "other"), List.copyOf(flows.catalog().flows().flows().keySet()));

    flows.write("hot.yaml", "# emptied\n");
    awaitGeneration(3);

    assertEquals(List.of("other"), List.copyOf(flows.catalog().flows().flows().keySet()));
    flows.call("hot");
    flows.until("the fallback hung the call up", () -> flows.channels().isEmpty());
  }
}
