package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ariflow.flows.runtime.FlowHarness;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatherStepTest {

  private static FlowHarness gather(String fields) {
    return FlowHarness.yaml("""
        flow: pin
        start: ask
        steps:
          ask:
            type: gather
        %s
            next: ok
            on: {noinput: silent%s}
          ok:
            type: hangup
            cause: normal
          silent:
            type: hangup
            cause: no_answer
          wrong:
            type: hangup
            cause: rejected
        """.formatted(fields.indent(4).stripTrailing(), fields.contains("match") ? ", nomatch: wrong" : ", error: wrong"))
        .start();
  }

  @Test
  void the_terminator_ends_the_entry_and_is_not_part_of_it() {
    FlowHarness h = gather("prompt: [sound:enter-pin]\nmatch: \"/\\\\d{4}/\"\nmaxDigits: 8");
    h.calls.press("1234#");

    assertEquals(Optional.of("matched"), h.outcomeOf("ask"));
    assertEquals("1234", h.result("ask", "digits"));
  }

  @Test
  void the_first_digit_stops_the_prompt() {
    FlowHarness h = gather("prompt: [sound:enter-pin]\nmaxDigits: 2");
    String prompt = h.calls.latestPlayback();
    h.calls.press("7");

    assertEquals(List.of(prompt), h.calls.all("stopPlayback").get(0).args());
    assertFalse(h.finished());
  }

  @Test
  void max_digits_completes_the_entry_at_once() {
    FlowHarness h = gather("maxDigits: 3");
    h.calls.press("123");

    assertEquals("123", h.result("ask", "digits"));
    assertEquals(Optional.of("matched"), h.outcomeOf("ask"));
  }

  @Test
  void the_first_digit_timer_starts_when_the_prompt_has_finished() {
    FlowHarness h = gather("prompt: [sound:enter-pin]\nfirstDigitTimeout: 5s");
    h.advance(Duration.ofSeconds(20));
    assertFalse(h.finished());
    h.calls.finishPlayback();
    h.advance(Duration.ofSeconds(5));

    assertEquals(Optional.of("noinput"), h.outcomeOf("ask"));
  }

  @Test
  void the_inter_digit_timer_ends_a_partial_entry() {
    FlowHarness h = gather("interDigitTimeout: 3s");
    h.calls.press("12");
    h.advance(Duration.ofMillis(2999));
    assertFalse(h.finished());
    h.advance(Duration.ofMillis(1));

    assertEquals("12", h.result("ask", "digits"));
  }

  @Test
  void digits_that_do_not_match_are_nomatch() {
    FlowHarness h = gather("match: [\"1\", \"2\"]\nmaxDigits: 1");
    h.calls.press("9");

    assertEquals(Optional.of("nomatch"), h.outcomeOf("ask"));
  }

  @Test
  void fewer_than_min_digits_is_nomatch_when_matching() {
    FlowHarness h = gather("minDigits: 3\nmatch: \"/\\\\d+/\"");
    h.calls.press("12#");

    assertEquals(Optional.of("nomatch"), h.outcomeOf("ask"));
  }

  @Test
  void a_match_no_further_digit_can_change_completes_without_waiting() {
    FlowHarness h = gather("match: \"/\\\\d{4}/\"");
    h.calls.press("2024");

    assertEquals(Optional.of("matched"), h.outcomeOf("ask"));
  }

  @Test
  void a_hangup_while_collecting_stops_the_prompt_and_the_timers() {
    FlowHarness h = gather("prompt: [sound:enter-pin]");
    h.calls.callerHangsUp();

    assertEquals(Optional.of("hangup"), h.outcomeOf("ask"));
    assertEquals(List.of(), h.calls.leftovers());
    assertEquals(0, h.timers.pending());
  }
}
