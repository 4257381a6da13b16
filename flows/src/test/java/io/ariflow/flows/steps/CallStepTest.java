package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallStepTest {

  @Test
  void a_failing_sub_flow_is_an_error_of_the_call_step() {
    FlowHarness h = FlowHarness.yaml("""
        flow: main
        start: sub
        steps:
          sub:
            type: call
            flow: fragile
            next: bye
            on: {error: sorry}
          sorry:
            type: hangup
            cause: congestion
          bye:
            type: hangup
            cause: normal
        ---
        flow: fragile
        start: tag
        steps:
          tag:
            type: set-var
            name: X
            value: "1"
            next: done
          done:
            type: return
        """);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.start();

    assertEquals(Optional.of("error"), h.outcomeOf("sub"));
    assertTrue(h.run.timeline().render().contains("sub-flow fragile failed"), h.run.timeline().render());
  }

  @Test
  void a_call_step_timeout_stops_the_sub_flow_and_what_it_plays() {
    FlowHarness h = FlowHarness.yaml("""
        flow: main
        start: sub
        steps:
          sub:
            type: call
            flow: music
            timeout: 10s
            next: bye
            on: {timeout: bye}
          bye:
            type: hangup
            cause: normal
        ---
        flow: music
        start: loop
        steps:
          loop:
            type: play
            media: [sound:hold-music]
            next: done
          done:
            type: return
        """).start();
    h.advance(Duration.ofSeconds(10));

    assertEquals(Optional.of("timeout"), h.outcomeOf("sub"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void sub_flows_nest_only_as_deep_as_allowed() {
    FlowHarness h = FlowHarness.of(FlowHarness.load("""
        flow: main
        start: down
        steps:
          down:
            type: call
            flow: a
            next: bye
            on: {error: bye}
          bye:
            type: hangup
            cause: normal
        ---
        flow: a
        start: down
        steps:
          down:
            type: call
            flow: b
            next: done
          done:
            type: return
        ---
        flow: b
        start: done
        steps:
          done:
            type: return
        """), "main", new RunOptions(10_000, 2, Duration.ofSeconds(5), ZoneOffset.UTC,
            RunOptions.defaults().defaultFallback()), true).start();

    assertEquals(Optional.of("error"), h.outcomeOf("down"));
    assertTrue(h.run.timeline().render().contains("nested deeper than 2"), h.run.timeline().render());
  }
}
