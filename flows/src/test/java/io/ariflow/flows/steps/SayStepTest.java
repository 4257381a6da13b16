package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.runtime.FlowHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class SayStepTest {

  private static List<String> said(String field, String value, String format) {
    FlowHarness h = FlowHarness.yaml("""
        flow: say
        start: read
        steps:
          read:
            type: say
            %s: "%s"
            %s
            next: bye
          bye:
            type: hangup
            cause: normal
        """.formatted(field, value, format == null ? "" : "format: " + format)).start();
    return h.lastMedia();
  }

  @Test
  void digits_numbers_and_characters_use_asterisk_say_media() {
    assertEquals(List.of("digits:89295671458"), said("digits", "${call.caller.number}", null));
    assertEquals(List.of("number:42"), said("number", "42", null));
    assertEquals(List.of("characters:ab1"), said("characters", "ab1", null));
  }

  @Test
  void a_date_is_spoken_as_weekday_month_ordinal_day_and_year() {
    assertEquals(List.of("sound:digits/day-0", "sound:digits/mon-10", "sound:digits/20", "sound:digits/h-2",
        "number:2026"), said("date", "2026-11-22", "ABdY"));
  }

  @Test
  void a_time_is_spoken_in_twelve_hour_form() {
    assertEquals(List.of("number:10", "sound:digits/oh", "number:5", "sound:digits/p-m"),
        said("date", "2026-11-22T22:05:00", "IMp"));
    assertEquals(List.of("number:9", "sound:digits/oclock", "sound:digits/a-m"),
        said("date", "2026-11-22T09:00:00", "IMp"));
  }
}
