package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.flows.FinishedRun;
import io.ariflow.flows.runtime.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real flows on real (simulated) calls: a menu with retries that transfers to an extension, and callers
 * hanging up mid-prompt and mid-ringing, after which nothing of the call is left in Asterisk.
 */
class FlowCallsOnSimulatorTest {

  private static final String SUPPORT = """
      flow: support
      start: menu
      steps:
        menu:
          type: menu
          prompt: [sound:hello-world]
          invalidPrompt: [sound:please-try-again]
          noInputPrompt: [sound:please-try-again]
          choices:
            "1": agent
          firstDigitTimeout: 5s
          on:
            invalid: bye
            noinput: bye
        agent:
          type: transfer
          to: answer
          context: answer-wait
          next: bye
        bye:
          type: hangup
      ---
      flow: long-prompt
      start: answer
      steps:
        answer:
          type: answer
          next: speech
        speech:
          type: play
          media: sound:demo-congrats
          next: bye
        bye:
          type: hangup
      ---
      flow: ringing
      start: ring
      steps:
        ring:
          type: transfer
          to: noanswer
          context: answer-wait
          next: sorry
        sorry:
          type: hangup
          cause: busy
      """;

  @TempDir
  Path dir;
  private FlowsOnSimulator flows;

  @BeforeEach
  void startEngine() {
    flows = new FlowsOnSimulator(dir).write("support.yaml", SUPPORT).start("continue");
  }

  @AfterEach
  void stop() {
    flows.close();
  }

  @Test
  void aMenuRetriesOnInvalidInputAndSilenceThenTransfersToTheExtension() {
    String caller = flows.call("support");
    flows.until("the menu prompt plays", () -> flows.ids.of("playback").size() == 1);

    Await.result(flows.sim.callerSendsDtmf(caller, "9"));
    flows.until("the menu is replayed after the invalid entry", () -> flows.ids.of("playback").size() == 2);
    flows.until("the menu is replayed after the silence", () -> flows.ids.of("playback").size() == 3);
    Await.result(flows.sim.callerSendsDtmf(caller, "1"));
    flows.until("the caller is bridged with the extension", () -> flows.bridges().size() == 1
        && flows.bridges().getJsonObject(0).getJsonArray("channels").size() == 2);
    Await.result(flows.sim.callerHangsUp(caller));

    flows.until("the run ended", () -> flows.lastRunOf(caller).isPresent());
    FinishedRun run = flows.lastRunOf(caller).orElseThrow();
    assertInstanceOf(RunResult.CallerHungUp.class, run.result().orElseThrow());
    String story = run.timeline().render();
    assertTrue(story.contains("menu: pressed 1"), story);
    assertTrue(story.contains("answer"), story);
    flows.until("nothing of the call is left", () -> flows.channels().isEmpty() && flows.bridges().isEmpty());
    assertEquals(0, flows.livePlaybacks());
    flows.until("the engine forgot the call", () -> flows.engineCalls() == 0);
  }

  @Test
  void aCallerHangingUpMidPromptLeavesNoPlaybackBehind() {
    String caller = flows.call("long-prompt");
    flows.until("the long prompt plays", () -> flows.ids.of("playback").size() == 1 && flows.livePlaybacks() == 1);

    Await.result(flows.sim.callerHangsUp(caller));

    flows.until("the run ended", () -> flows.lastRunOf(caller).isPresent());
    assertInstanceOf(RunResult.CallerHungUp.class, flows.lastRunOf(caller).orElseThrow().result().orElseThrow());
    assertEquals(0, flows.livePlaybacks());
    assertTrue(flows.channels().isEmpty(), flows.channels().encode());
  }

  @Test
  void aCallerHangingUpWhileTheExtensionRingsLeavesNoLegBehind() {
    String caller = flows.call("ringing");
    flows.until("the extension rings", () -> flows.channels().size() >= 2);

    Await.result(flows.sim.callerHangsUp(caller));

    flows.until("the run ended", () -> flows.lastRunOf(caller).isPresent());
    flows.until("the leg is hung up", () -> flows.channels().isEmpty());
    assertTrue(flows.bridges().isEmpty(), flows.bridges().encode());
  }

  @Test
  void theFlowRunsLongerThanItsTimeoutsInVirtualTime() {
    String caller = flows.call("ringing");

    flows.advance(Duration.ofSeconds(31));

    flows.until("the unanswered transfer ended the run", () -> flows.lastRunOf(caller).isPresent());
    flows.until("nothing of the call is left", () -> flows.channels().isEmpty());
  }
}
