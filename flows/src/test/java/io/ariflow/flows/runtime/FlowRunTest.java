package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.state.TransitionCoverage;
import io.ariflow.flows.steps.StepRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The interpreter end to end on small flows: routing, retries, hangups, timeouts, fallback, sub-flows. */
class FlowRunTest {

  @RegisterExtension
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(RunTable.TABLE);

  private static final String SUPPORT_LINE = """
      flow: support-line
      start: greet
      steps:
        greet:
          type: answer
          next: main-menu
        main-menu:
          type: menu
          prompt: [sound:main-menu]
          invalidPrompt: [sound:option-is-invalid]
          choices:
            "1": sales
            "2": support
          on:
            invalid: bye
            noinput: bye
        sales:
          type: hangup
          cause: normal
        support:
          type: transfer
          to: "104"
          next: bye
        bye:
          type: hangup
          cause: normal
      """;

  private static FlowHarness harness(String yaml) {
    return FlowHarness.of(FlowHarness.load(yaml), null, RunOptions.defaults(), false, StepRegistry.standard(),
        COVERAGE);
  }

  @Test
  void menu_retries_after_an_invalid_key_then_transfers_and_the_callee_ends_the_call() {
    FlowHarness h = harness(SUPPORT_LINE).start();
    h.calls.press("9");
    assertEquals(List.of("sound:option-is-invalid", "sound:main-menu"), h.lastMedia());
    h.calls.finishPlayback();
    h.advance(Duration.ofSeconds(2));
    h.calls.press("2");
    String leg = h.calls.createdChannels().get(0);
    assertEquals("Local/104@from-test", h.calls.all("createChannel").get(0).args().get(1));
    h.calls.ringLeg(leg);
    h.advance(Duration.ofSeconds(6));
    h.calls.answerLeg(leg);
    h.advance(Duration.ofSeconds(36));
    h.calls.legHangsUp(leg);

    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
    assertEquals(Optional.of("choice:2"), h.outcomeOf("main-menu"));
    assertEquals(1, h.result("main-menu", "invalidCount"));
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals("10:55:52 call from 89295671458 to 555; answered; menu: pressed 2; transferred to 104; "
        + "rang 6 s; talked 36 s; callee hung up; hung up (normal)", h.run.timeline().render());
  }

  @Test
  void timeline_tells_a_transfer_the_caller_ended() {
    FlowHarness h = harness(SUPPORT_LINE).start();
    h.calls.press("2");
    String leg = h.calls.createdChannels().get(0);
    h.calls.ringLeg(leg);
    h.advance(Duration.ofSeconds(6));
    h.calls.answerLeg(leg);
    h.advance(Duration.ofSeconds(36));
    h.calls.callerHangsUp();

    assertEquals(new RunResult.CallerHungUp("support"), h.result());
    assertEquals("10:55:52 call from 89295671458 to 555; answered; menu: pressed 2; transferred to 104; "
        + "rang 6 s; talked 36 s; caller hung up", h.run.timeline().render());
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals("caller", h.result("support", "ended"));
  }

  @Test
  void hangup_mid_prompt_ends_the_run_and_leaves_nothing_behind() {
    FlowHarness h = harness(SUPPORT_LINE).start();
    h.advance(Duration.ofSeconds(2));
    h.calls.callerHangsUp();

    assertEquals(new RunResult.CallerHungUp("main-menu"), h.result());
    assertEquals(Optional.of("hangup"), h.outcomeOf("main-menu"));
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals(0, h.timers.pending());
    assertEquals(RunState.ENDED, h.run.state());
  }

  @Test
  void a_hangup_route_runs_once_after_the_caller_left() {
    FlowHarness h = harness("""
        flow: hangup-route
        start: hold
        steps:
          hold:
            type: play
            media: [sound:queue-periodic-announce]
            next: bye
            on: {hangup: log}
          log:
            type: set
            values: {left: "=true"}
            next: again
          again:
            type: play
            media: [sound:beep]
            next: bye
            on: {hangup: log}
          bye:
            type: hangup
            cause: normal
        """).start();
    h.calls.callerHangsUp();

    assertEquals(new RunResult.CallerHungUp("again"), h.result());
    assertEquals(true, h.run.variables().get("left"));
    assertEquals(Optional.of("hangup"), h.outcomeOf("again"));
  }

  @Test
  void a_step_timeout_cancels_the_step_and_follows_the_timeout_route() {
    FlowHarness h = harness("""
        flow: slow
        start: long-prompt
        steps:
          long-prompt:
            type: play
            media: [sound:basic-pbx-ivr-main]
            timeout: 2s
            next: bye
            on: {timeout: sorry}
          sorry:
            type: hangup
            cause: congestion
          bye:
            type: hangup
            cause: normal
        """).start();
    String playback = h.calls.latestPlayback();
    h.advance(Duration.ofSeconds(2));

    assertEquals(new RunResult.HungUpByFlow("congestion"), h.result());
    assertEquals(Optional.of("timeout"), h.outcomeOf("long-prompt"));
    assertEquals(List.of(playback), h.calls.all("stopPlayback").get(0).args());
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void an_unrouted_timeout_applies_the_fallback() {
    FlowHarness h = harness("""
        flow: slow
        start: wait
        fallback: {hangup: busy}
        steps:
          wait:
            type: pause
            duration: 10s
            timeout: 1s
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();
    h.advance(Duration.ofSeconds(1));

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertTrue(failed.reason().contains("step 'wait' (pause) at test.yaml:"), failed.reason());
    assertEquals(Optional.of(new Fallback.Hangup("busy")), failed.fallback());
    assertEquals(List.of("caller-1", "busy"), h.calls.all("hangup").get(0).args());
    assertEquals(RunState.FAILED, h.run.state());
  }

  @Test
  void an_error_goes_to_its_route_when_there_is_one() {
    FlowHarness h = harness("""
        flow: errors
        start: tag
        steps:
          tag:
            type: set-var
            name: TAG
            value: gold
            next: bye
            on: {error: sorry}
          sorry:
            type: continue
            context: sorry
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.start();

    assertEquals(new RunResult.ContinuedInDialplan(Optional.of("sorry"), Optional.empty(), OptionalInt.empty()),
        h.result());
    assertTrue(h.run.timeline().render().contains("tag failed: SERVER"), h.run.timeline().render());
  }

  @Test
  void an_unrouted_error_without_fallback_sends_the_caller_back_to_the_dialplan() {
    FlowHarness h = harness("""
        flow: errors
        start: tag
        steps:
          tag:
            type: set-var
            name: TAG
            value: gold
            next: bye
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.start();

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertEquals(Optional.of(Fallback.continueAfterStasis()), failed.fallback());
    assertEquals(List.of("continue"), h.calls.all("continue").stream().map(c -> c.op()).toList());
  }

  @Test
  void a_goto_fallback_runs_its_path_and_a_second_failure_hangs_up() {
    FlowHarness h = harness("""
        flow: fragile
        start: tag
        fallback: {goto: apologise}
        steps:
          tag:
            type: set-var
            name: TAG
            value: gold
            next: bye
          apologise:
            type: set-var
            name: SORRY
            value: "yes"
            next: bye
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.start();

    assertInstanceOf(RunResult.Failed.class, h.result());
    assertEquals(List.of("caller-1", "normal"), h.calls.all("hangup").get(0).args());
    assertTrue(h.run.timeline().render().contains("fallback failed"), h.run.timeline().render());
  }

  @Test
  void a_goto_fallback_path_that_ends_normally_still_reports_the_failure() {
    FlowHarness h = harness("""
        flow: fragile
        start: tag
        fallback: {goto: apologise}
        steps:
          tag:
            type: set-var
            name: TAG
            value: gold
            next: bye
          apologise:
            type: play
            media: [sound:sorry]
            next: bye
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.start();
    h.calls.finishPlayback();

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertEquals(Optional.of(new Fallback.Goto("apologise")), failed.fallback());
    assertEquals(List.of("caller-1", "normal"), h.calls.all("hangup").get(0).args());
  }

  @Test
  void the_caller_hanging_up_during_a_goto_fallback_path_ends_it() {
    FlowHarness h = harness("""
        flow: fragile
        start: tag
        fallback: {goto: apologise}
        steps:
          tag:
            type: set-var
            name: TAG
            value: gold
            next: bye
          apologise:
            type: play
            media: [sound:sorry]
            next: bye
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.start();
    h.calls.callerHangsUp();

    assertInstanceOf(RunResult.Failed.class, h.result());
    assertEquals(RunState.FAILED, h.run.state());
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_sub_flow_gets_its_arguments_and_returns_values_to_the_call_step() {
    FlowHarness h = harness("""
        flow: main
        start: lookup
        variables: {tier: none}
        steps:
          lookup:
            type: call
            flow: customer
            args: {number: "${call.caller.number}"}
            next: route
          route:
            type: branch
            cases:
              - when: steps.lookup.tier == 'gold'
                goto: vip
            else: bye
          vip:
            type: continue
            context: vip
          bye:
            type: hangup
            cause: normal
        ---
        flow: customer
        start: decide
        variables: {found: ""}
        steps:
          decide:
            type: set
            values: {found: "gold-${args.number}"}
            next: done
          done:
            type: return
            values: {tier: gold, key: "${found}"}
        """).start();

    assertEquals(new RunResult.ContinuedInDialplan(Optional.of("vip"), Optional.empty(), OptionalInt.empty()),
        h.result());
    assertEquals("gold-89295671458", h.result("lookup", "key"));
    assertEquals("none", h.run.variables().get("tier"));
  }

  @Test
  void a_sub_flow_that_hangs_up_ends_the_whole_run() {
    FlowHarness h = harness("""
        flow: main
        start: check
        steps:
          check:
            type: call
            flow: closed
            next: bye
          bye:
            type: hangup
            cause: normal
        ---
        flow: closed
        start: reject
        steps:
          reject:
            type: hangup
            cause: busy
        """).start();

    assertEquals(new RunResult.HungUpByFlow("busy"), h.result());
  }

  @Test
  void the_caller_hanging_up_in_a_sub_flow_runs_the_sub_flow_route_then_the_caller_route() {
    FlowHarness h = harness("""
        flow: main
        start: survey
        variables: {mainSaw: false}
        steps:
          survey:
            type: call
            flow: questions
            next: bye
            on: {hangup: note}
          note:
            type: set
            values: {mainSaw: "=true"}
            next: bye
          bye:
            type: hangup
            cause: normal
        ---
        flow: questions
        start: ask
        steps:
          ask:
            type: play
            media: [sound:survey]
            next: done
            on: {hangup: done}
          done:
            type: return
        """).start();
    h.calls.callerHangsUp();

    assertInstanceOf(RunResult.CallerHungUp.class, h.result());
    assertEquals(true, h.run.variables().get("mainSaw"));
    assertEquals(Optional.of("hangup"), h.outcomeOf("survey"));
  }

  @Test
  void the_loop_guard_stops_a_flow_that_never_waits() {
    FlowHarness h = FlowHarness.of(FlowHarness.load("""
        flow: spin
        start: count
        variables: {n: 0}
        fallback: {goto: count}
        steps:
          count:
            type: set
            values: {n: "=n + 1"}
            next: again
          again:
            type: branch
            cases:
              - when: n > 0
                goto: count
            else: bye
          bye:
            type: hangup
            cause: normal
        """), null, RunOptions.defaults().withMaxStepsWithoutWait(100), true, StepRegistry.standard(), COVERAGE)
        .start();

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertTrue(failed.reason().startsWith("loop guard"), failed.reason());
    assertEquals(50L, ((Number) h.run.variables().get("n")).longValue());
    assertEquals(List.of("caller-1", "normal"), h.calls.all("hangup").get(0).args());
  }

  @Test
  void waiting_on_the_caller_resets_the_loop_guard() {
    FlowHarness h = FlowHarness.of(FlowHarness.load("""
        flow: patient
        start: beep
        steps:
          beep:
            type: play
            media: [sound:beep]
            next: again
          again:
            type: goto
            target: beep
        """), null, RunOptions.defaults().withMaxStepsWithoutWait(3), true, StepRegistry.standard(), COVERAGE)
        .start();
    for (int i = 0; i < 10; i++) {
      h.calls.finishPlayback();
    }
    h.calls.callerHangsUp();

    assertEquals(new RunResult.CallerHungUp("beep"), h.result());
  }

  @Test
  void a_failure_after_the_caller_left_fails_the_run_without_commands() {
    FlowHarness h = harness("""
        flow: post-call
        start: hold
        variables: {zero: 0}
        steps:
          hold:
            type: play
            media: [sound:hold]
            next: bye
            on: {hangup: compute}
          compute:
            type: set
            values: {x: "=1 / zero"}
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();
    h.calls.callerHangsUp();

    RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, h.result());
    assertTrue(failed.reason().contains("compute"), failed.reason());
    assertEquals(List.of(), h.calls.all("hangup"));
  }

  @Test
  void cancelling_a_run_stops_the_running_step_and_ends_the_run() {
    FlowHarness h = harness(SUPPORT_LINE).start();
    h.run.cancel("shutdown");

    assertEquals(new RunResult.Cancelled("shutdown"), h.result());
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void cancelling_a_run_before_it_starts_ends_it_at_once() {
    FlowHarness h = harness(SUPPORT_LINE);
    h.run.cancel("shutdown");

    assertEquals(new RunResult.Cancelled("shutdown"), h.run.start().result());
    assertEquals(List.of(), h.calls.commands());
  }

  @Test
  void cancelling_after_the_caller_left_ends_the_hangup_route() {
    FlowHarness h = harness("""
        flow: post-call
        start: hold
        steps:
          hold:
            type: play
            media: [sound:hold]
            next: bye
            on: {hangup: wait}
          wait:
            type: pause
            duration: 1m
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();
    h.calls.callerHangsUp();
    h.run.cancel("shutdown");

    assertEquals(new RunResult.Cancelled("shutdown"), h.result());
    assertEquals(0, h.timers.pending());
  }

  @Test
  void cancelling_during_a_goto_fallback_path_fails_the_run() {
    FlowHarness h = harness("""
        flow: fragile
        start: tag
        fallback: {goto: apologise}
        steps:
          tag:
            type: set-var
            name: TAG
            value: gold
            next: bye
          apologise:
            type: play
            media: [sound:sorry]
            next: bye
          bye:
            type: hangup
            cause: normal
        """);
    h.calls.failNext("setVar", FailureKind.SERVER);
    h.start();
    h.run.cancel("shutdown");

    assertEquals(RunState.FAILED, h.run.state());
    assertEquals(List.of(), h.calls.leftovers());
  }

  @Test
  void a_refused_final_command_still_ends_the_run_as_the_flow_intended() {
    FlowHarness h = harness("""
        flow: away
        start: out
        steps:
          out:
            type: continue
            context: elsewhere
        """);
    h.calls.failNext("continue", FailureKind.NOT_IN_STASIS);
    h.start();

    assertEquals(new RunResult.ContinuedInDialplan(Optional.of("elsewhere"), Optional.empty(),
        OptionalInt.empty()), h.result());
    assertEquals(RunState.ENDED, h.run.state());
  }

  @Test
  void a_top_level_return_goes_back_to_the_dialplan() {
    FlowHarness h = harness("""
        flow: short
        start: done
        steps:
          done:
            type: return
        """).start();

    assertEquals(new RunResult.ContinuedInDialplan(Optional.empty(), Optional.empty(), OptionalInt.empty()),
        h.result());
    assertEquals(1, h.calls.all("continue").size());
  }

  @Test
  void the_run_owns_the_caller_and_what_it_created() {
    FlowHarness h = harness(SUPPORT_LINE).start();
    h.calls.press("2");

    assertTrue(h.run.owns(FlowHarness.CALLER));
    assertTrue(h.run.owns(h.calls.createdChannels().get(0)));
    assertEquals(false, h.run.owns("someone-else"));
  }
}
