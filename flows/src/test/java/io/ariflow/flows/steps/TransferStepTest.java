package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransferStepTest {

  private static FlowHarness transfer(String to, String extra) {
    return FlowHarness.of(FlowHarness.load("""
        flow: xfer
        start: out
        steps:
          out:
            type: transfer
            to: "%s"
        %s
            next: sorry
          sorry:
            type: hangup
            cause: busy
        """.formatted(to, extra.indent(4).stripTrailing())), null, RunOptions.defaults(), true).start();
  }

  @Test
  void an_extension_is_dialled_through_local_in_the_given_context() {
    FlowHarness h = transfer("104", "context: agents");

    assertEquals("Local/104@agents", h.calls.all("createChannel").get(0).args().get(1));
  }

  @Test
  void an_endpoint_is_dialled_as_it_is_and_the_caller_hears_ringing() {
    FlowHarness h = transfer("PJSIP/alice", "");
    h.calls.ringLeg(h.calls.createdChannels().get(0));

    assertEquals("PJSIP/alice", h.calls.all("createChannel").get(0).args().get(1));
    assertEquals(List.of("createChannel", "dial", "ring"), h.calls.ops());
  }

  @Test
  void a_transfer_that_does_not_connect_fails_with_the_dial_status() {
    FlowHarness h = transfer("104", "timeout: 10s");
    h.calls.busyLeg(h.calls.createdChannels().get(0));

    assertEquals(Optional.of("failed"), h.outcomeOf("out"));
    assertEquals("BUSY", h.result("out", "dialStatus"));
    assertEquals(new RunResult.HungUpByFlow("busy"), h.result());
  }

  @Test
  void when_the_callee_hangs_up_the_caller_is_hung_up_and_the_run_ends() {
    FlowHarness h = transfer("104", "");
    String leg = h.calls.createdChannels().get(0);
    h.calls.answerLeg(leg);
    h.advance(Duration.ofSeconds(30));
    h.calls.legHangsUp(leg);

    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
    assertEquals(30L, h.result("out", "talkSeconds"));
    assertEquals(List.of(), h.calls.leftovers());
  }
}
