package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RingStepTest {

  @Test
  void the_caller_hears_ringing_until_the_flow_answers() {
    FlowHarness h = FlowHarness.yaml("""
        flow: ringback
        start: ring
        steps:
          ring:
            type: ring
            next: wait
          wait:
            type: pause
            duration: 3s
            next: greet
          greet:
            type: answer
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();
    assertEquals(List.of("ring"), h.calls.ops());
    h.advance(Duration.ofSeconds(3));

    assertEquals(List.of("ring", "answer", "hangup"), h.calls.ops());
  }
}
