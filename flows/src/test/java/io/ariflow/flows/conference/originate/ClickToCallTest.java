package io.ariflow.flows.conference.originate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.SequentialIds;
import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.state.TransitionCoverage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Click-to-call outcomes (answered, busy, no answer, failed, hung up, cancelled) and what each leaves behind. */
class ClickToCallTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(ClickToCallTable.TABLE);

  private static final String A = "channel-1";
  private static final String B = "channel-2";
  private static final AfterAnswer DIAL_B = new AfterAnswer.DialB("PJSIP/301", new CallerId("Ann", "201"),
      Duration.ofSeconds(25));

  private static ClickToCall call(AfterAnswer then) {
    ClickToCall call = new ClickToCall(new ClickToCallRequest("ctc-1", "PJSIP/201", new CallerId("", "301"),
        Duration.ofSeconds(20), then), new SequentialIds(), COVERAGE);
    call.start();
    return call;
  }

  private static ClickToCall ringingB() {
    ClickToCall call = call(DIAL_B);
    call.handle(new ClickToCallMessage.Answered(A));
    return call;
  }

  private static ClickToCall connected() {
    ClickToCall call = ringingB();
    call.handle(new ClickToCallMessage.Answered(B));
    return call;
  }

  @Test
  void a_is_dialled_first_under_our_own_ring_timer() {
    ClickToCall call = new ClickToCall(new ClickToCallRequest("ctc-1", "PJSIP/201", new CallerId("", "301"),
        Duration.ofSeconds(20), DIAL_B), new SequentialIds(), COVERAGE);
    assertEquals(List.of(new Command.Dial(A, "PJSIP/201", new CallerId("", "301"), Duration.ofSeconds(20),
        "click-to-call:ctc-1"), new Command.ArmTimer(TimerKey.of("ring", A), Duration.ofSeconds(20))),
        call.start().commands());
  }

  @Test
  void when_a_answers_b_is_dialled_while_a_hears_ringback_and_b_answering_bridges_them() {
    ClickToCall call = call(DIAL_B);
    ClickToCallDecision aAnswered = call.handle(new ClickToCallMessage.Answered(A));
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", A)),
        new Command.Play("playback-1", Target.channel(A), List.of("tone:ring")),
        new Command.Dial(B, "PJSIP/301", new CallerId("Ann", "201"), Duration.ofSeconds(25), "click-to-call:ctc-1"),
        new Command.ArmTimer(TimerKey.of("ring", B), Duration.ofSeconds(25))), aAnswered.commands());
    ClickToCallDecision bAnswered = call.handle(new ClickToCallMessage.Answered(B));
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", B)), new Command.StopPlayback("playback-1"),
        new Command.CreateBridge("bridge-1", "click-to-call-ctc-1"), new Command.AddToBridge("bridge-1", A),
        new Command.AddToBridge("bridge-1", B)), bAnswered.commands());
    assertEquals(Optional.of(ClickToCallOutcome.CONNECTED), bAnswered.outcome());
    assertFalse(bAnswered.over());
  }

  @Test
  void the_connected_call_ends_for_both_when_either_hangs_up() {
    ClickToCall call = connected();
    ClickToCallDecision bGone = call.handle(new ClickToCallMessage.HungUp(B));
    assertEquals(List.of(new Command.HangUp(A, "normal"), new Command.DestroyBridge("bridge-1")), bGone.commands());
    assertTrue(bGone.over());
    assertEquals(ClickToCallState.COMPLETED, call.state());
    assertTrue(call.handle(new ClickToCallMessage.HungUp(A)).illegal().isEmpty());
    ClickToCall other = connected();
    assertEquals(List.of(new Command.HangUp(B, "normal"), new Command.DestroyBridge("bridge-1")),
        other.handle(new ClickToCallMessage.HungUp(A)).commands());
    assertTrue(other.handle(new ClickToCallMessage.HungUp(B)).illegal().isEmpty());
    assertEquals(Optional.of(ClickToCallOutcome.CONNECTED), other.outcome());
  }

  @Test
  void a_busy_a_is_hung_up_because_a_busy_leg_stays_up_until_then() {
    ClickToCall call = call(DIAL_B);
    ClickToCallDecision busy = call.handle(new ClickToCallMessage.Busy(A));
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", A)), new Command.HangUp(A, "busy")),
        busy.commands());
    assertEquals(Optional.of(ClickToCallOutcome.A_BUSY), busy.outcome());
    assertTrue(busy.over());
    assertTrue(call.handle(new ClickToCallMessage.HungUp(A)).commands().isEmpty());
  }

  @Test
  void a_not_answering_before_our_timer_is_hung_up_and_a_racing_answer_is_hung_up_too() {
    ClickToCall call = call(DIAL_B);
    ClickToCallDecision timeout = call.handle(new ClickToCallMessage.TimerFired(TimerKey.of("ring", A)));
    assertEquals(Optional.of(ClickToCallOutcome.A_NO_ANSWER), timeout.outcome());
    assertTrue(timeout.commands().contains(new Command.HangUp(A, "no_answer")));
    assertEquals(List.of(new Command.HangUp(A, "normal")),
        call.handle(new ClickToCallMessage.Answered(A)).commands());
  }

  @Test
  void a_no_answer_cause_a_failure_or_a_hangup_while_ringing_fail_the_call() {
    assertEquals(Optional.of(ClickToCallOutcome.A_NO_ANSWER),
        call(DIAL_B).handle(new ClickToCallMessage.NoAnswer(A)).outcome());
    assertEquals(Optional.of(ClickToCallOutcome.A_FAILED),
        call(DIAL_B).handle(new ClickToCallMessage.Failed(A, "Allocation failed")).outcome());
    assertEquals(Optional.of(ClickToCallOutcome.A_FAILED),
        call(DIAL_B).handle(new ClickToCallMessage.HungUp(A)).outcome());
  }

  @Test
  void b_busy_hangs_up_both_legs() {
    ClickToCall call = ringingB();
    ClickToCallDecision busy = call.handle(new ClickToCallMessage.Busy(B));
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", B)), new Command.HangUp(B, "busy"),
        new Command.HangUp(A, "normal")), busy.commands());
    assertEquals(Optional.of(ClickToCallOutcome.B_BUSY), busy.outcome());
    assertTrue(call.handle(new ClickToCallMessage.HungUp(B)).illegal().isEmpty());
    assertTrue(call.handle(new ClickToCallMessage.HungUp(A)).illegal().isEmpty());
  }

  @Test
  void b_not_answering_before_our_timer_fails_the_call_and_a_racing_answer_of_b_is_hung_up() {
    ClickToCall call = ringingB();
    ClickToCallDecision timeout = call.handle(new ClickToCallMessage.TimerFired(TimerKey.of("ring", B)));
    assertEquals(Optional.of(ClickToCallOutcome.B_NO_ANSWER), timeout.outcome());
    assertTrue(timeout.commands().contains(new Command.HangUp(B, "no_answer")));
    assertEquals(List.of(new Command.HangUp(B, "normal")),
        call.handle(new ClickToCallMessage.Answered(B)).commands());
  }

  @Test
  void b_failing_or_hanging_up_while_ringing_fails_the_call() {
    assertEquals(Optional.of(ClickToCallOutcome.B_FAILED),
        ringingB().handle(new ClickToCallMessage.Failed(B, "congestion")).outcome());
    ClickToCallDecision gone = ringingB().handle(new ClickToCallMessage.HungUp(B));
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", B)), new Command.HangUp(A, "normal")),
        gone.commands());
    assertEquals(Optional.of(ClickToCallOutcome.B_FAILED), gone.outcome());
  }

  @Test
  void a_hanging_up_while_b_rings_cancels_b() {
    ClickToCall call = ringingB();
    ClickToCallDecision gone = call.handle(new ClickToCallMessage.HungUp(A));
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", B)), new Command.HangUp(B, "normal")),
        gone.commands());
    assertEquals(Optional.of(ClickToCallOutcome.A_HUNG_UP), gone.outcome());
    assertEquals(List.of(new Command.HangUp(B, "normal")), call.handle(new ClickToCallMessage.Answered(B)).commands());
    assertTrue(call.handle(new ClickToCallMessage.HungUp(B)).illegal().isEmpty());
    assertTrue(call.handle(new ClickToCallMessage.HungUp(A)).illegal().isEmpty());
  }

  @Test
  void cancelling_hangs_up_whatever_was_dialled() {
    ClickToCall first = call(DIAL_B);
    assertEquals(Optional.of(ClickToCallOutcome.CANCELLED), first.handle(new ClickToCallMessage.Cancel()).outcome());
    assertEquals(List.of(new Command.HangUp(A, "normal")), first.handle(new ClickToCallMessage.Answered(A)).commands());
    ClickToCall second = ringingB();
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", B)), new Command.HangUp(B, "normal"),
        new Command.HangUp(A, "normal")), second.handle(new ClickToCallMessage.Cancel()).commands());
    ClickToCall third = connected();
    assertEquals(List.of(new Command.HangUp(A, "normal"), new Command.HangUp(B, "normal"),
        new Command.DestroyBridge("bridge-1")), third.handle(new ClickToCallMessage.Cancel()).commands());
  }

  @Test
  void a_flow_can_take_over_a_s_answered_channel() {
    ClickToCall call = call(new AfterAnswer.RunFlow("callback-survey"));
    ClickToCallDecision answered = call.handle(new ClickToCallMessage.Answered(A));
    assertEquals(List.of(new Command.CancelTimer(TimerKey.of("ring", A)), new Command.RunFlow(A, "callback-survey")),
        answered.commands());
    assertEquals(Optional.of(ClickToCallOutcome.FLOW_STARTED), answered.outcome());
    assertTrue(answered.over());
    assertEquals(Optional.empty(), call.legB());
  }

  @Test
  void events_of_other_channels_are_ignored_and_a_second_answer_is_illegal() {
    ClickToCall call = connected();
    ClickToCallDecision stranger = call.handle(new ClickToCallMessage.Answered("someone"));
    assertTrue(stranger.commands().isEmpty() && stranger.illegal().isEmpty());
    assertTrue(call.handle(new ClickToCallMessage.TimerFired(TimerKey.of("ring", "x"))).commands().isEmpty());
    assertEquals(ClickToCallState.CONNECTED,
        call.handle(new ClickToCallMessage.Answered(A)).illegal().orElseThrow().from());
    assertEquals(A, call.legA());
    assertEquals(3, call.history().size());
  }
}
