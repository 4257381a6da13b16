package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.fakes.AriEvents;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlayStepTest {

  private static final String BARGE_IN = """
      flow: welcome
      start: hello
      steps:
        hello:
          type: play
          media: [sound:basic-pbx-ivr-main]
          bargeIn: true
          next: ask
        ask:
          type: gather
          maxDigits: 3
          interDigitTimeout: 2s
          next: bye
          on: {noinput: bye}
        bye:
          type: hangup
          cause: normal
      """;

  @Test
  void plays_rendered_media_looped_as_one_playback_after_answering() {
    FlowHarness h = FlowHarness.yaml("""
        flow: welcome
        start: hello
        steps:
          hello:
            type: play
            media: [sound:welcome, "digits:${call.extension}"]
            loops: 2
            lang: "${args.lang}"
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();

    assertEquals(List.of("answer", "play"), h.calls.ops());
    assertEquals(List.of("playback-1", "channel:caller-1",
            List.of("sound:welcome", "digits:555", "sound:welcome", "digits:555"), "en"),
        h.calls.all("play").get(0).args());
    h.calls.finishPlayback();
    assertEquals(Optional.of("done"), h.outcomeOf("hello"));
  }

  @Test
  void a_digit_barges_in_stops_the_prompt_and_is_kept_for_the_next_gather() {
    FlowHarness h = FlowHarness.yaml(BARGE_IN).start();
    String prompt = h.calls.latestPlayback();
    h.calls.press("4");

    assertEquals(List.of(prompt), h.calls.all("stopPlayback").get(0).args());
    assertEquals(Optional.of("interrupted"), h.outcomeOf("hello"));
    assertEquals("4", h.result("hello", "digit"));
    h.calls.press("2");
    h.advance(Duration.ofSeconds(2));
    assertEquals("42", h.result("ask", "digits"));
  }

  @Test
  void a_playback_that_finishes_before_the_play_command_is_answered_is_not_missed() {
    FlowHarness h = FlowHarness.of(FlowHarness.load("""
        flow: quick
        start: beep
        steps:
          beep:
            type: play
            media: [sound:beep]
            next: bye
          bye:
            type: hangup
            cause: normal
        """), null, RunOptions.defaults(), true);
    Promise<Void> answer = h.calls.holdNext("play");
    h.start();
    h.calls.emit(AriEvents.playbackStarted("playback-1", "channel:caller-1"));
    h.calls.emit(AriEvents.playbackFinished("playback-1", "channel:caller-1", "done"));
    answer.complete();

    assertEquals(Optional.of("done"), h.outcomeOf("beep"));
    assertEquals(new RunResult.HungUpByFlow("normal"), h.result());
  }

  @Test
  void without_barge_in_digits_do_not_stop_the_prompt() {
    FlowHarness h = FlowHarness.yaml("""
        flow: welcome
        start: hello
        steps:
          hello:
            type: play
            media: [sound:welcome]
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();
    h.calls.press("1");

    assertEquals(List.of(), h.calls.all("stopPlayback"));
    assertFalse(h.finished());
  }

  @Test
  void early_media_sends_progress_instead_of_answering() {
    FlowHarness h = FlowHarness.yaml("""
        flow: early
        start: notice
        steps:
          notice:
            type: play
            media: [sound:ss-noservice]
            earlyMedia: true
            next: bye
          bye:
            type: hangup
            cause: normal
        """).start();

    assertEquals(List.of("progress", "play"), h.calls.ops());
  }

  @Test
  void a_failed_playback_is_an_error() {
    FlowHarness h = FlowHarness.yaml("""
        flow: broken
        start: hello
        steps:
          hello:
            type: play
            media: [sound:no-such-sound]
            next: bye
            on: {error: bye}
          bye:
            type: hangup
            cause: normal
        """).start();
    h.calls.failPlayback(h.calls.latestPlayback());

    assertEquals(Optional.of("error"), h.outcomeOf("hello"));
    assertTrue(h.run.timeline().render().contains("failed (missing sound?)"), h.run.timeline().render());
  }

  @Test
  void the_caller_hanging_up_mid_prompt_leaves_no_playback() {
    FlowHarness h = FlowHarness.yaml(BARGE_IN).start();
    h.calls.callerHangsUp();

    assertEquals(new RunResult.CallerHungUp("hello"), h.result());
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals(0, h.timers.pending());
  }
}
