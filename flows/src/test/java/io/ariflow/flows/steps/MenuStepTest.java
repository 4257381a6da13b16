package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MenuStepTest {

  private static FlowHarness menu(String extra) {
    return FlowHarness.yaml("""
        flow: ivr
        start: main
        steps:
          main:
            type: menu
            prompt: [sound:main-menu]
            invalidPrompt: [sound:option-is-invalid]
            noInputPrompt: [sound:are-you-still-there]
            exitPrompt: [sound:goodbye]
            maxInvalid: 2
            maxNoInput: 2
            firstDigitTimeout: 5s
            choices:
              "1": sales
              "/[3-5]/": other
        %s
            on: {invalid: bye, noinput: bye%s}
          sales:
            type: hangup
            cause: normal
          other:
            type: hangup
            cause: normal
          bye:
            type: hangup
            cause: normal
        """.formatted(extra.indent(4).stripTrailing(), routes(extra))).start();
  }

  private static String routes(String extra) {
    return (extra.contains("directDial") ? ", direct: bye" : "") + (extra.contains("back") ? ", back: bye" : "");
  }

  @Test
  void a_choice_goes_to_its_target() {
    FlowHarness h = menu("");
    h.calls.press("1");

    assertEquals(Optional.of("choice:1"), h.outcomeOf("main"));
    assertEquals(Optional.of("end"), h.outcomeOf("sales"));
  }

  @Test
  void a_pattern_choice_matches() {
    FlowHarness h = menu("");
    h.calls.press("4");

    assertEquals(Optional.of("choice:/[3-5]/"), h.outcomeOf("main"));
  }

  @Test
  void invalid_entries_replay_the_menu_after_the_invalid_prompt_then_exit() {
    FlowHarness h = menu("");
    h.calls.press("9");
    assertEquals(List.of("sound:option-is-invalid", "sound:main-menu"), h.lastMedia());
    h.calls.press("8");

    assertEquals(List.of("sound:goodbye"), h.lastMedia());
    h.calls.finishPlayback();
    assertEquals(Optional.of("invalid"), h.outcomeOf("main"));
    assertEquals(2, h.result("main", "invalidCount"));
    assertEquals(0, h.result("main", "noInputCount"));
  }

  @Test
  void silence_and_invalid_keys_have_separate_counters() {
    FlowHarness h = menu("");
    h.calls.finishPlayback();
    h.advance(Duration.ofSeconds(5));
    assertEquals(List.of("sound:are-you-still-there", "sound:main-menu"), h.lastMedia());
    h.calls.press("9");
    h.calls.finishPlayback();
    h.advance(Duration.ofSeconds(5));
    h.calls.finishPlayback();

    assertEquals(Optional.of("noinput"), h.outcomeOf("main"));
    assertEquals(1, h.result("main", "invalidCount"));
    assertEquals(2, h.result("main", "noInputCount"));
  }

  @Test
  void direct_dial_collects_a_longer_extension() {
    FlowHarness h = menu("directDial: \"/2\\\\d{2}/\"");
    h.calls.press("2");
    h.calls.press("0");
    h.calls.press("4");

    assertEquals(Optional.of("direct"), h.outcomeOf("main"));
    assertEquals("204", h.result("main", "digits"));
  }

  @Test
  void the_back_key_has_its_own_outcome() {
    FlowHarness h = menu("back: \"*\"");
    h.calls.press("*");

    assertEquals(Optional.of("back"), h.outcomeOf("main"));
  }

  @Test
  void a_digit_typed_during_an_earlier_barge_in_prompt_answers_the_menu() {
    FlowHarness h = FlowHarness.yaml("""
        flow: ivr
        start: hello
        steps:
          hello:
            type: play
            media: [sound:welcome]
            bargeIn: true
            next: main
          main:
            type: menu
            prompt: [sound:main-menu]
            choices: {"1": sales}
            on: {invalid: sales, noinput: sales}
          sales:
            type: hangup
            cause: normal
        """).start();
    h.calls.press("1");

    assertEquals(Optional.of("choice:1"), h.outcomeOf("main"));
    assertEquals(1, h.calls.all("play").size());
  }
}
