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
 * The events socket drops while flows run, and Asterisk does not replay what it sent in the gap. After the
 * reconnect, the reconciliation stands in for the end events that were lost (a prompt that finished, a leg
 * that hung up, the caller who left), so no run is stranded; a digit pressed in the gap is lost for good,
 * and the menu simply asks again.
 */
class ReconnectDuringFlowsTest {

  private static final String FLOWS = """
      flow: menu
      start: menu
      steps:
        menu:
          type: menu
          prompt: [sound:hello-world]
          noInputPrompt: [sound:please-try-again]
          choices:
            "1": chosen
          firstDigitTimeout: 5s
          maxNoInput: 2
          on:
            invalid: bye
            noinput: bye
        chosen:
          type: hangup
          cause: normal
        bye:
          type: hangup
          cause: normal
      ---
      flow: short-talk
      start: agent
      steps:
        agent:
          type: transfer
          to: shorthangup
          context: answer-wait
          next: bye
        bye:
          type: hangup
      """;

  @TempDir
  Path dir;
  private FlowsOnSimulator flows;

  @BeforeEach
  void startEngine() {
    flows = new FlowsOnSimulator(dir).write("flows.yaml", FLOWS).start("continue");
  }

  @AfterEach
  void stop() {
    flows.close();
  }

  private void dropTheSocket() {
    Await.result(flows.sim.faults().dropWebSockets());
  }

  private void awaitReconnect() {
    Await.until("the engine reconnected", () -> flows.engine().connection().status().generation() >= 2);
  }

  private String menuStory(String caller) {
    flows.until("the run ended", () -> flows.lastRunOf(caller).isPresent());
    return flows.lastRunOf(caller).orElseThrow().timeline().render();
  }

  @Test
  void aPromptThatFinishedDuringTheGapStartsTheDigitTimerAfterTheReconnect() {
    String caller = flows.call("menu");
    flows.until("the menu prompt plays", () -> flows.livePlaybacks() == 1);

    dropTheSocket();
    flows.advance(Duration.ofSeconds(2));
    awaitReconnect();

    flows.until("the silent caller's second try plays", () -> flows.ids.of("playback").size() == 2);
    flows.advance(Duration.ofSeconds(9));
    String story = menuStory(caller);
    assertTrue(story.contains("menu: no input"), story);
  }

  @Test
  void aDigitPressedDuringTheGapIsLostAndTheMenuAsksAgain() {
    String caller = flows.call("menu");
    flows.until("the menu prompt plays", () -> flows.livePlaybacks() == 1);

    dropTheSocket();
    Await.result(flows.sim.callerSendsDtmf(caller, "1"));
    awaitReconnect();
    flows.until("the menu asks again", () -> flows.ids.of("playback").size() == 2);
    Await.result(flows.sim.callerSendsDtmf(caller, "1"));

    String story = menuStory(caller);
    assertTrue(story.contains("menu: pressed 1"), story);
  }

  @Test
  void aCallerWhoLeftDuringTheGapEndsTheRun() {
    String caller = flows.call("menu");
    flows.until("the menu prompt plays", () -> flows.livePlaybacks() == 1);

    dropTheSocket();
    Await.result(flows.sim.callerHangsUp(caller));
    awaitReconnect();

    flows.until("the run ended", () -> flows.lastRunOf(caller).isPresent());
    FinishedRun run = flows.lastRunOf(caller).orElseThrow();
    assertInstanceOf(RunResult.CallerHungUp.class, run.result().orElseThrow());
    flows.until("the engine forgot the call", () -> flows.engineCalls() == 0);
  }

  @Test
  void aCalleeWhoHungUpDuringTheGapEndsTheTransfer() {
    String caller = flows.call("short-talk");
    flows.until("the caller is bridged with the extension", () -> flows.bridges().size() == 1
        && flows.bridges().getJsonObject(0).getJsonArray("channels").size() == 2);

    dropTheSocket();
    flows.advance(Duration.ofSeconds(4));
    awaitReconnect();

    flows.until("the run ended", () -> flows.lastRunOf(caller).isPresent());
    String story = flows.lastRunOf(caller).orElseThrow().timeline().render();
    assertTrue(story.contains("callee hung up"), story);
    flows.until("nothing of the call is left", () -> flows.channels().isEmpty() && flows.bridges().isEmpty());
  }
}
