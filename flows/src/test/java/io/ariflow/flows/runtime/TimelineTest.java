package io.ariflow.flows.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final Instant AT = Instant.parse("2026-11-22T09:55:52Z");

  @Test
  void renders_the_start_time_in_the_zone_then_every_non_empty_text() {
    Timeline timeline = new Timeline(ZoneId.of("Europe/Paris"));
    timeline.note(AT, "call from 100 to 555");
    timeline.add(new TimelineEntry(AT, "set-tier", "set", "done", Map.of("tier", "gold"), ""));
    timeline.add(new TimelineEntry(AT.plusSeconds(4), "main", "menu", "choice:2", Map.of(), "menu: pressed 2"));
    timeline.note(AT.plusSeconds(9), "caller hung up");

    assertEquals("10:55:52 call from 100 to 555; menu: pressed 2; caller hung up", timeline.render());
    assertTrue(timeline.renderDetailed().contains("10:55:52 set-tier (set) -> done {tier=gold}"),
        timeline.renderDetailed());
  }

  @Test
  void a_long_call_keeps_its_first_entry_and_the_latest_ones() {
    Timeline timeline = new Timeline(ZoneId.of("UTC"));
    timeline.note(AT, "call from 100 to 555");
    for (int i = 0; i < Timeline.CAPACITY + 10; i++) {
      timeline.add(new TimelineEntry(AT, "s" + i, "set", "done", Map.of(), ""));
    }

    assertEquals(Timeline.CAPACITY, timeline.entries().size());
    assertEquals("call from 100 to 555", timeline.entries().get(0).text());
    assertEquals("s" + (Timeline.CAPACITY + 9), timeline.entries().get(Timeline.CAPACITY - 1).stepId());
  }
}
