package io.ariflow.sim.dialplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FarEndsTest {

  @Test
  void yamlActionsBecomeDialplanSteps() {
    Dialplan plan = FarEndYaml.parse("""
        contexts:
          far-ends:
            sales: [ring, {answer-after: 2s}, {send-dtmf: "1#"}, {hangup-after: 500ms}]
            "*": [answer, echo]
        """);
    assertEquals(List.of(new Step.Ringing(), new Step.Ringing(), new Step.Wait(Duration.ofSeconds(2)),
        new Step.Answer(), new Step.SendDtmf("1#", 250), new Step.Wait(Duration.ofMillis(500)), new Step.Hangup(16)),
        plan.lookup("far-ends", "sales").orElseThrow());
    assertEquals(List.of(new Step.Answer(), new Step.Echo()), plan.lookup("far-ends", "anything").orElseThrow());
  }

  @Test
  void userFarEndsOverlayTheTraceDialplan() {
    Dialplan plan = Dialplan.defaults().with(Dialplan.builder()
        .exten("answer-wait", "slow", FarEnds.of(FarEnds.answerAfter(Duration.ofSeconds(5)))).build());
    assertTrue(plan.lookup("answer-wait", "answer").isPresent());
    assertEquals(3, plan.lookup("answer-wait", "slow").orElseThrow().size());
    assertEquals("Stasis", plan.lookup("from-test", "2000").orElseThrow().get(1).app());
  }

  @Test
  void stepsReportAsteriskAppData() {
    assertEquals("600", new Step.Wait(Duration.ofSeconds(600)).data());
    assertEquals("123#,250", new Step.SendDtmf("123#", 250).data());
    assertEquals("engine,ivr,${EXTEN}", new Step.Stasis("engine", List.of("ivr", "${EXTEN}")).data());
  }

  @Test
  void unknownActionsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> FarEndYaml.parse("contexts: {c: {e: [dance]}}"));
  }
}
