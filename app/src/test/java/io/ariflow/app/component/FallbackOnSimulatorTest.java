package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.flows.FinishedRun;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.dialplan.Dialplan;
import io.ariflow.sim.dialplan.FarEndYaml;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No dead air: a call whose flow is unknown, or whose flow fails in a way its own fallback cannot settle,
 * gets {@code engine.fallback} (back to the dialplan, hang up, or another flow); a flow's own fallback comes first.
 */
class FallbackOnSimulatorTest {

  /** A dialplan that goes on after Stasis(): a channel sent back answers and waits, so it stays observable. */
  private static final Dialplan AFTER_STASIS = FarEndYaml.parse("""
      contexts:
        fallback-test:
          "*": [{stasis: "ariflow,nosuch"}, answer, {wait: 600s}]
      """);

  private static final String FLOWS = """
      flow: sorry
      start: sorry
      steps:
        sorry:
          type: play
          media: sound:please-try-again
          next: bye
        bye:
          type: hangup
      ---
      flow: broken
      start: answer
      variables:
        missing: null
      steps:
        answer:
          type: answer
          next: speak
        speak:
          type: play
          media: "sound:${missing}"
          next: bye
        bye:
          type: hangup
      ---
      flow: broken-with-fallback
      start: answer
      variables:
        missing: null
      fallback: {hangup: busy}
      steps:
        answer:
          type: answer
          next: speak
        speak:
          type: play
          media: "sound:${missing}"
          next: bye
        bye:
          type: hangup
      """;

  @TempDir
  Path dir;
  private FlowsOnSimulator flows;

  @AfterEach
  void stop() {
    flows.close();
  }

  private FlowsOnSimulator engine(String fallback) {
    flows = new FlowsOnSimulator(dir, AFTER_STASIS).write("flows.yaml", FLOWS).start(fallback);
    return flows;
  }

  private String callThroughFallbackTest() {
    return Await.result(flows.sim.placeCall(InboundCall.to("x").inContext("fallback-test")));
  }

  @Test
  void anUnknownFlowGoesBackToTheDialplan() {
    engine("continue");

    String caller = callThroughFallbackTest();

    flows.until("the dialplan answered the channel after Stasis()", () -> "Up".equals(flows.channelState(caller)));
    flows.until("the engine forgot the call", () -> flows.engineCalls() == 0);
    assertTrue(flows.runsOf(caller).isEmpty(), "no flow ran");
  }

  @Test
  void anUnknownFlowIsHungUpWhenTheFallbackSaysSo() {
    engine("hangup");

    callThroughFallbackTest();

    flows.until("the channel is hung up", () -> flows.channels().isEmpty());
  }

  @Test
  void anUnknownFlowRunsTheFallbackFlow() {
    engine("flow:sorry");

    String caller = flows.call("nosuch");

    flows.until("the fallback flow ended", () -> flows.lastRunOf(caller).isPresent());
    FinishedRun run = flows.lastRunOf(caller).orElseThrow();
    assertEquals("sorry", run.flowId());
    assertInstanceOf(RunResult.HungUpByFlow.class, run.result().orElseThrow());
    flows.until("the channel is gone", () -> flows.channels().isEmpty());
  }

  @Test
  void aFailedRunWhoseOwnFallbackIsRefusedGetsTheEngineFallback() {
    engine("flow:sorry");
    Await.result(flows.sim.faults().failRest("POST", "/channels/[^/]+/continue", 500, "Internal Server Error", 1));

    String caller = flows.call("broken");

    flows.until("the fallback flow ended", () -> flows.runsOf(caller).size() == 2);
    List<FinishedRun> runs = flows.runsOf(caller);
    assertEquals(List.of("broken", "sorry"), runs.stream().map(FinishedRun::flowId).toList());
    assertInstanceOf(RunResult.Failed.class, runs.get(0).result().orElseThrow());
    assertInstanceOf(RunResult.HungUpByFlow.class, runs.get(1).result().orElseThrow());
    flows.until("the channel is gone", () -> flows.channels().isEmpty());
  }

  @Test
  void aFailedRunWithItsOwnFallbackNeedsNoEngineFallback() {
    engine("flow:sorry");

    String caller = flows.call("broken-with-fallback");

    flows.until("the run ended", () -> flows.lastRunOf(caller).isPresent());
    flows.until("the channel is gone", () -> flows.channels().isEmpty());
    assertEquals(List.of("broken-with-fallback"), flows.runsOf(caller).stream().map(FinishedRun::flowId).toList());
    assertInstanceOf(RunResult.Failed.class, flows.lastRunOf(caller).orElseThrow().result().orElseThrow());
  }
}
