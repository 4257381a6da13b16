package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.originate.AfterAnswer;
import io.ariflow.flows.conference.originate.ClickToCallOutcome;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Click-to-call on the simulated Asterisk: A is called first; when A answers, B is dialled and bridged with A, or
 * a flow runs on A. Outcomes as values: connected, busy and unanswered legs, a flow started.
 */
class ClickToCallOnSimulatorTest {

  private static final Duration RING = Duration.ofSeconds(10);
  private static final AfterAnswer CALL_AGENT =
      new AfterAnswer.DialB("Local/answer@answer-wait", new CallerId("", "201"), RING);

  @TempDir
  Path dir;
  private ConferenceRig rig;

  @BeforeEach
  void start() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceFiles.ROOMS, "flows.yaml", ConferenceFiles.FLOWS);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void whenAAnswersBIsDialledAndBothAreBridged() {
    assertEquals(ClickToCallOutcome.CONNECTED, outcome("Local/201@conf-phones", CALL_AGENT));
    rig.flows.until("A and B talk in one bridge", () -> rig.flows.bridges().size() == 1
        && rig.flows.bridges().getJsonObject(0).getJsonArray("channels").size() == 2);
  }

  @Test
  void aBusyOrSilentAIsReportedAndNothingIsLeft() {
    assertEquals(ClickToCallOutcome.A_BUSY, outcome("Local/202@conf-phones", CALL_AGENT));
    assertEquals(ClickToCallOutcome.A_NO_ANSWER, outcome("Local/203@conf-phones", CALL_AGENT));
    rig.flows.until("no leg is left", () -> rig.channelsNamed("Local/").isEmpty());
  }

  @Test
  void aBusyBIsReportedAndAIsHungUp() {
    AfterAnswer busy = new AfterAnswer.DialB("Local/busy@answer-wait", CallerId.NONE, RING);

    assertEquals(ClickToCallOutcome.B_BUSY, outcome("Local/201@conf-phones", busy));
    rig.flows.until("no leg is left", () -> rig.channelsNamed("Local/").isEmpty());
  }

  @Test
  void aFlowCanRunOnTheAnsweredA() {
    assertEquals(ClickToCallOutcome.FLOW_STARTED, outcome("Local/201@conf-phones", new AfterAnswer.RunFlow("greet")));
    rig.flows.until("the greeting ran on A", () -> rig.flows.finished.stream()
        .anyMatch(run -> run.flowId().equals("greet")));
  }

  @Test
  void aLegThatHungUpWhileEventsWereLostIsReportedAfterTheReconnect() {
    Future<ClickToCallOutcome> outcome = rig.control().clickToCall("Local/203@conf-phones", CallerId.NONE, RING,
        CALL_AGENT);
    rig.flows.until("A rings", () -> !rig.channelsNamed("Local/203@conf-phones").isEmpty());

    Await.result(rig.flows.sim.faults().dropWebSockets());
    rig.hangUp(rig.channelsNamed("Local/203@conf-phones").get(0).getString("id"));
    rig.flows.until("the engine reconnected and the outcome is known", () ->
        rig.flows.engine().connection().status().generation() >= 2 && outcome.isComplete());

    assertEquals(ClickToCallOutcome.A_FAILED, outcome.result(), "the cause was lost with the events");
    rig.flows.until("nothing is followed any more", () -> Await.result(rig.control().followedIds()) == 0);
  }

  private ClickToCallOutcome outcome(String endpointA, AfterAnswer then) {
    Future<ClickToCallOutcome> outcome = rig.control().clickToCall(endpointA, new CallerId("Sales", "700"), RING,
        then);
    rig.flows.until("the click-to-call is settled", outcome::isComplete);
    return outcome.result();
  }
}
