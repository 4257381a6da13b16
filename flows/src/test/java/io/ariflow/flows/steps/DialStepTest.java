package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.port.fakes.AriEvents;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.state.TransitionCoverage;
import io.ariflow.flows.state.TransitionObserver;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dial machine against Asterisk's real Dial behaviour (create-dial-early): no NOANSWER event at the
 * timeout, busy legs stay up until hung up, several "gone" events per leg. Every leg and phase row is
 * exercised.
 */
class DialStepTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(LegTable.TABLE, DialPhaseTable.TABLE);

  private static FlowHarness dial(String fields) {
    return unstarted(fields).start();
  }

  private static FlowHarness unstarted(String fields) {
    String yaml = """
        flow: reach
        start: call
        steps:
          call:
            type: dial
        %s
            next: survey
            on: {busy: busy, noanswer: missed, failed: broken, error: broken}
          survey:
            type: hangup
            cause: normal
          busy:
            type: hangup
            cause: busy
          missed:
            type: hangup
            cause: no_answer
          broken:
            type: hangup
            cause: congestion
        """.formatted(fields.indent(4).stripTrailing());
    return FlowHarness.of(FlowHarness.load(yaml), null, RunOptions.defaults(), true, registry(COVERAGE),
        TransitionObserver.NONE);
  }

  private static StepRegistry registry(TransitionObserver observer) {
    List<StepType<?>> types = new ArrayList<>(BuiltInSteps.all());
    types.removeIf(type -> type instanceof DialStep);
    types.add(new DialStep(observer));
    return StepRegistry.of(types, List.of());
  }

  private static String leg(FlowHarness h, int index) {
    return h.calls.createdChannels().get(index);
  }

  @Test
  void simultaneous_the_first_to_answer_is_bridged_and_the_others_are_hung_up() {
    FlowHarness h = dial("targets: [PJSIP/101, PJSIP/102, PJSIP/103]\ncallerId: '\"Support\" <555>'");
    assertEquals(3, h.calls.all("dial").size());
    h.calls.ringLeg(leg(h, 0));
    h.calls.ringLeg(leg(h, 1));
    h.advance(Duration.ofSeconds(4));
    h.calls.answerLeg(leg(h, 1));

    assertEquals(List.of(leg(h, 0), "normal"), h.calls.all("hangup").get(0).args());
    assertEquals(List.of(leg(h, 2), "normal"), h.calls.all("hangup").get(1).args());
    assertEquals(List.of("bridge-1", "caller-1"), h.calls.all("addChannel").get(0).args());
    assertEquals(List.of("bridge-1", leg(h, 1)), h.calls.all("addChannel").get(1).args());
    assertEquals("\"Support\" <555>", h.calls.all("createChannel").get(0).args().get(2));
    h.calls.emit(AriEvents.dial(leg(h, 0), "ANSWER"));
    h.calls.emit(AriEvents.dial(leg(h, 2), "RINGING"));
    h.advance(Duration.ofSeconds(20));
    h.calls.legHangsUp(leg(h, 1));

    assertEquals(Optional.of("answered"), h.outcomeOf("call"));
    assertEquals("PJSIP/102", h.result("call", "answeredBy"));
    assertEquals("callee", h.result("call", "ended"));
    assertEquals(20L, h.result("call", "talkSeconds"));
    assertEquals(4L, h.result("call", "ringSeconds"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void sequential_a_busy_target_is_hung_up_and_the_next_one_rings() {
    FlowHarness h = dial("targets: [PJSIP/101, PJSIP/102]\nmode: sequential\ntimeout: 15s");
    assertEquals(1, h.calls.all("createChannel").size());
    h.calls.busyLeg(leg(h, 0));

    assertEquals(List.of(leg(h, 0), "normal"), h.calls.all("hangup").get(0).args());
    assertEquals("PJSIP/102", h.calls.all("createChannel").get(1).args().get(1));
    h.calls.ringLeg(leg(h, 1));
    h.calls.emit(AriEvents.dial(leg(h, 1), "PROGRESS"));
    h.calls.emit(AriEvents.dial(leg(h, 1), "BUSY"));

    assertEquals(Optional.of("busy"), h.outcomeOf("call"));
    assertEquals("BUSY", h.result("call", "dialStatus"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void at_the_ring_timeout_we_hang_the_leg_up_ourselves_since_asterisk_sends_no_noanswer() {
    FlowHarness h = dial("targets: [Local/noanswer@answer-wait]\ntimeout: 3s");
    h.calls.ringLeg(leg(h, 0));
    h.advance(Duration.ofMillis(2999));
    assertFalse(h.finished());
    h.advance(Duration.ofMillis(1));

    assertEquals(List.of(leg(h, 0), "no_answer"), h.calls.all("hangup").get(0).args());
    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
    assertEquals(new RunResult.HungUpByFlow("no_answer"), h.result());
  }

  @Test
  void a_target_that_never_rings_also_times_out() {
    FlowHarness h = dial("targets: [PJSIP/101]\ntimeout: 5s");
    h.advance(Duration.ofSeconds(5));

    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
  }

  @Test
  void an_endpoint_asterisk_cannot_allocate_fails() {
    FlowHarness h = FlowHarness.of(FlowHarness.load("""
        flow: reach
        start: call
        steps:
          call:
            type: dial
            targets: [PJSIP/nobody]
            next: bye
            on: {busy: bye, noanswer: bye, failed: broken}
          broken:
            type: hangup
            cause: congestion
          bye:
            type: hangup
            cause: normal
        """), null, RunOptions.defaults(), true, registry(COVERAGE), TransitionObserver.NONE);
    h.calls.failNext("createChannel", FailureKind.SERVER);
    h.start();

    assertEquals(Optional.of("failed"), h.outcomeOf("call"));
    assertEquals("CHANUNAVAIL", h.result("call", "dialStatus"));
  }

  @Test
  void congestion_after_ringing_fails_with_the_dial_status() {
    FlowHarness h = dial("targets: [PJSIP/101]");
    h.calls.ringLeg(leg(h, 0));
    h.calls.emit(AriEvents.dial(leg(h, 0), "CONGESTION"));

    assertEquals(Optional.of("failed"), h.outcomeOf("call"));
    assertEquals("CONGESTION", h.result("call", "dialStatus"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_leg_that_hangs_up_with_cause_17_is_busy() {
    FlowHarness h = dial("targets: [PJSIP/101]");
    h.calls.emit(AriEvents.hangupRequest(leg(h, 0), 17));

    assertEquals(Optional.of("busy"), h.outcomeOf("call"));
  }

  @Test
  void a_leg_that_vanishes_before_ringing_fails_and_one_that_rejects_while_ringing_is_unanswered() {
    FlowHarness h = dial("targets: [PJSIP/101, PJSIP/102]");
    h.calls.legHangsUp(leg(h, 0));
    h.calls.ringLeg(leg(h, 1));
    h.calls.legHangsUp(leg(h, 1));

    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
  }

  @Test
  void early_media_rings_the_caller_and_stops_before_bridging() {
    FlowHarness h = dial("targets: [PJSIP/101]\nearlyMedia: true");
    h.calls.ringLeg(leg(h, 0));
    h.calls.answerLeg(leg(h, 0));

    List<String> ops = h.calls.ops();
    assertEquals(List.of("createChannel", "dial", "ring", "ringStop", "createBridge", "addChannel", "addChannel"),
        ops);
  }

  @Test
  void a_direct_answer_without_ringing_connects() {
    FlowHarness h = dial("targets: [PJSIP/101]");
    h.calls.answerLeg(leg(h, 0));

    assertEquals(2, h.calls.all("addChannel").size());
  }

  @Test
  void the_callee_hears_the_announcement_before_being_bridged() {
    FlowHarness h = dial("targets: [PJSIP/101]\nannounce: [sound:call-from-customer]");
    h.calls.answerLeg(leg(h, 0));
    assertEquals("channel:" + leg(h, 0), h.calls.all("play").get(0).args().get(1));
    assertEquals(List.of(), h.calls.all("createBridge"));
    h.calls.finishPlayback();

    assertEquals(1, h.calls.all("createBridge").size());
  }

  @Test
  void a_callee_who_leaves_during_the_announcement_is_no_answer() {
    FlowHarness h = dial("targets: [PJSIP/101]\nannounce: [sound:call-from-customer]");
    h.calls.answerLeg(leg(h, 0));
    h.calls.legHangsUp(leg(h, 0));

    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void screening_accepts_with_the_accept_digit() {
    FlowHarness h = dial("targets: [PJSIP/101]\nscreen: {prompt: [sound:press-1-to-accept], accept: \"1\"}");
    h.calls.answerLeg(leg(h, 0));
    h.calls.legPresses(leg(h, 0), "1");

    assertEquals(1, h.calls.all("createBridge").size());
    assertEquals(1, h.calls.all("stopPlayback").size());
  }

  @Test
  void screening_refused_tries_the_next_target_in_sequence() {
    FlowHarness h = dial("targets: [PJSIP/101, PJSIP/102]\nmode: sequential\n"
        + "screen: {prompt: [sound:press-1-to-accept], accept: \"1\"}");
    h.calls.answerLeg(leg(h, 0));
    h.calls.legPresses(leg(h, 0), "2");

    assertEquals(List.of(leg(h, 0), "no_answer"), h.calls.all("hangup").get(0).args());
    assertEquals(2, h.calls.createdChannels().size());
    h.calls.answerLeg(leg(h, 1));
    h.calls.finishPlayback();
    h.advance(Duration.ofSeconds(30));

    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void the_caller_hanging_up_while_targets_ring_hangs_up_every_leg() {
    FlowHarness h = dial("targets: [PJSIP/101, PJSIP/102]\nearlyMedia: true");
    h.calls.ringLeg(leg(h, 0));
    h.calls.callerHangsUp();

    assertEquals(Optional.of("hangup"), h.outcomeOf("call"));
    assertEquals(2, h.calls.all("hangup").size());
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals(0, h.timers.pending());
  }

  @Test
  void the_caller_hanging_up_during_the_announcement_hangs_up_the_callee() {
    FlowHarness h = dial("targets: [PJSIP/101]\nannounce: [sound:call-from-customer]");
    h.calls.answerLeg(leg(h, 0));
    h.calls.callerHangsUp();

    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void the_caller_hanging_up_while_bridged_hangs_up_the_callee_and_destroys_the_bridge() {
    FlowHarness h = dial("targets: [PJSIP/101]");
    h.calls.answerLeg(leg(h, 0));
    h.advance(Duration.ofSeconds(12));
    h.calls.callerHangsUp();

    assertEquals(Optional.of("hangup"), h.outcomeOf("call"));
    assertEquals("caller", h.result("call", "ended"));
    assertEquals(12L, h.result("call", "talkSeconds"));
    assertEquals(List.of("bridge-1"), h.calls.all("destroyBridge").get(0).args());
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_leg_given_up_while_asterisk_is_still_creating_it_is_hung_up_once_created_and_never_dialled() {
    FlowHarness h = unstarted("targets: [PJSIP/101]");
    Promise<Void> creating = h.calls.holdNext("createChannel");
    h.start();
    h.calls.callerHangsUp();
    creating.complete();

    assertTrue(h.calls.all("dial").isEmpty(), h.calls.ops().toString());
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_callee_leaving_while_the_bridge_is_built_takes_the_bridge_down() {
    FlowHarness h = dial("targets: [PJSIP/101]");
    Promise<Void> bridge = h.calls.holdNext("createBridge");
    h.calls.answerLeg(leg(h, 0));
    h.calls.legHangsUp(leg(h, 0));
    bridge.complete();

    assertEquals(Optional.of("noanswer"), h.outcomeOf("call"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_bridge_asterisk_refuses_is_an_error_and_the_callee_is_released() {
    FlowHarness h = dial("targets: [PJSIP/101]");
    h.calls.failNext("addChannel", FailureKind.SERVER);
    h.calls.answerLeg(leg(h, 0));

    assertEquals(Optional.of("error"), h.outcomeOf("call"));
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void picked_up_the_dial_lasts_until_the_picker_leaves_then_follows_next() {
    PickupPortFake pickups = new PickupPortFake();
    FlowHarness h = DialPickupTest.dial("targets: [PJSIP/2001]\npickupGroups: [sales]", pickups, COVERAGE);
    h.calls.ringLeg(leg(h, 0));
    h.advance(Duration.ofSeconds(3));
    DialPickupTest.claim(h, pickups, "PJSIP/3001");
    h.advance(Duration.ofSeconds(30));
    assertFalse(h.finished());
    pickups.last().ended.complete();

    assertEquals(Optional.of("picked-up"), h.outcomeOf("call"));
    assertEquals("PJSIP/3001", h.result("call", "pickedUpBy"));
    assertEquals(3L, h.result("call", "ringSeconds"));
    assertEquals(30L, h.result("call", "talkSeconds"));
    assertEquals("picker", h.result("call", "ended"));
    assertEquals(Optional.of("picked up by PJSIP/3001; rang 3 s; talked 30 s"), h.noteOf("call"));
  }
}
