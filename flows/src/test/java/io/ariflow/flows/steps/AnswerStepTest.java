package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerStepTest {

  private static final String FLOW = """
      flow: pickup
      start: greet
      steps:
        greet:
          type: answer
          next: bye
        bye:
          type: hangup
          cause: normal
      """;

  @Test
  void answers_a_ringing_caller() {
    FlowHarness h = FlowHarness.yaml(FLOW).start();

    assertEquals(List.of("answer", "hangup"), h.calls.ops());
    assertEquals(Optional.of("done"), h.outcomeOf("greet"));
  }

  @Test
  void does_not_answer_a_channel_that_is_already_up() {
    FlowHarness h = FlowHarness.of(FlowHarness.load(FLOW), null, RunOptions.defaults(), true).start();

    assertEquals(List.of("hangup"), h.calls.ops());
  }

  @Test
  void a_caller_gone_before_the_answer_is_a_hangup_not_an_error() {
    FlowHarness h = FlowHarness.yaml(FLOW);
    h.calls.failNext("answer", FailureKind.GONE);
    h.start();

    assertEquals(Optional.of("hangup"), h.outcomeOf("greet"));
    assertEquals(new RunResult.CallerHungUp("greet"), h.result());
  }
}
