package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.LoaderOptions;
import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 404 about a dialled leg, a finished playback or recording, or a bridge already gone is a normal race: it
 * is never read as the caller hanging up. Only the caller's own channel being gone is a hangup.
 */
class GoneAboutOthersTest {

  private static final List<CustomStepType> CUSTOM = List.of(new HangUpChannelStep());

  private static FlowHarness dial(String fields, FailureKind kind, String failingOp) {
    FlowHarness h = run("""
        flow: reach
        start: call
        steps:
          call:
            type: dial
        %s
            next: survey
            on: {busy: busy, noanswer: missed, failed: missed}
          survey:
            type: hangup
            cause: normal
          busy:
            type: hangup
            cause: busy
          missed:
            type: hangup
            cause: no_answer
        """.formatted(fields.indent(4).stripTrailing()));
    h.calls.failNext(failingOp, kind);
    return h.start();
  }

  private static FlowHarness run(String yaml) {
    LoadResult loaded = new FlowLoader(new LoaderOptions(Set.of(), CUSTOM)).loadTexts(Map.of("t.yaml", yaml));
    assertFalse(loaded.hasErrors(), () -> loaded.errors().toString());
    return FlowHarness.of(loaded.catalog(), null, RunOptions.defaults(), true, StepRegistry.withCustom(CUSTOM),
        TransitionObserver.NONE);
  }

  private static String leg(FlowHarness h, int index) {
    return h.calls.createdChannels().get(index);
  }

  @Test
  void an_announcement_refused_because_the_callee_left_is_no_answer_not_the_caller_leaving() {
    FlowHarness h = dial("targets: [PJSIP/101]\nannounce: [sound:call-from-customer]", FailureKind.GONE, "play");
    h.calls.answerLeg(leg(h, 0));

    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
    assertEquals(new RunResult.HungUpByFlow("no_answer"), h.result());
  }

  @Test
  void a_screening_prompt_refused_because_the_callee_left_is_no_answer_not_the_caller_leaving() {
    FlowHarness h = dial("targets: [PJSIP/101]\nscreen: {prompt: [sound:press-1-to-accept], accept: \"1\"}",
        FailureKind.GONE, "play");
    h.calls.answerLeg(leg(h, 0));
    h.advance(Duration.ofSeconds(30));

    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
    assertEquals(new RunResult.HungUpByFlow("no_answer"), h.result());
  }

  @Test
  void hanging_up_a_busy_leg_that_is_already_gone_still_rings_the_next_target() {
    FlowHarness h = dial("targets: [PJSIP/101, PJSIP/102]\nmode: sequential", FailureKind.GONE, "hangup");
    h.calls.busyLeg(leg(h, 0));
    h.calls.legHangsUp(leg(h, 0));
    h.calls.answerLeg(leg(h, 1));
    h.calls.legHangsUp(leg(h, 1));

    assertEquals(Optional.of("answered"), h.outcomeOf("call"));
    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void destroying_a_bridge_already_gone_still_ends_the_dial_as_answered() {
    FlowHarness h = dial("targets: [PJSIP/101]", FailureKind.GONE, "destroyBridge");
    h.calls.answerLeg(leg(h, 0));
    h.advance(Duration.ofSeconds(20));
    h.calls.legHangsUp(leg(h, 0));

    assertEquals(Optional.of("answered"), h.outcomeOf("call"));
    assertEquals("callee", h.result("call", "ended"));
    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
  }

  @Test
  void stopping_a_prompt_that_already_finished_is_not_the_caller_leaving() {
    FlowHarness h = run("""
        flow: prompt
        start: welcome
        steps:
          welcome:
            type: play
            media: [sound:welcome]
            bargeIn: true
            next: bye
            on: {interrupted: pressed}
          pressed:
            type: hangup
            cause: busy
          bye:
            type: hangup
        """);
    h.calls.failNext("stopPlayback", FailureKind.GONE);
    h.start();
    h.calls.press("5");
    h.calls.finishPlayback();

    assertEquals(Optional.of("interrupted"), h.outcomeOf("welcome"));
    assertEquals(new RunResult.HungUpByFlow("busy"), h.result());
  }

  @Test
  void stopping_a_recording_that_already_ended_at_a_timeout_is_not_the_caller_leaving() {
    FlowHarness h = run("""
        flow: memo
        start: record
        steps:
          record:
            type: record
            name: memo
            timeout: 5s
            next: bye
            on: {timeout: late}
          late:
            type: hangup
            cause: busy
          bye:
            type: hangup
        """);
    h.calls.failNext("stopRecording", FailureKind.GONE);
    h.start();
    h.advance(Duration.ofSeconds(5));

    assertEquals(Optional.of("timeout"), h.outcomeOf("record"));
    assertEquals(new RunResult.HungUpByFlow("busy"), h.result());
  }

  @Test
  void a_gone_leg_a_custom_step_lets_through_is_an_error_not_the_caller_leaving() {
    FlowHarness h = run(customFlow("leg-9"));
    h.calls.failNext("hangup", FailureKind.GONE);
    h.start();

    assertEquals(Optional.of("error"), h.outcomeOf("probe"));
    assertEquals(new RunResult.HungUpByFlow("busy"), h.result());
  }

  @Test
  void a_leg_out_of_stasis_a_custom_step_lets_through_is_an_error_too() {
    FlowHarness h = run(customFlow("leg-9"));
    h.calls.failNext("hangup", FailureKind.NOT_IN_STASIS);
    h.start();

    assertEquals(Optional.of("error"), h.outcomeOf("probe"));
  }

  @Test
  void the_callers_own_channel_gone_is_still_the_caller_leaving() {
    FlowHarness h = run(customFlow(FlowHarness.CALLER));
    h.calls.failNext("hangup", FailureKind.GONE);
    h.start();

    assertEquals(Optional.of("hangup"), h.outcomeOf("probe"));
    assertEquals(new RunResult.CallerHungUp("probe"), h.result());
  }

  private static String customFlow(String channel) {
    return """
        flow: probe
        start: probe
        steps:
          probe:
            type: hang-up-channel
            channel: %s
            next: bye
            on: {error: sorry}
          sorry:
            type: hangup
            cause: busy
          bye:
            type: hangup
        """.formatted(channel);
  }
}
