package io.ariflow.flows.runtime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The story of one run: an entry per step and per run event, timed by the run's clock, bounded so a looping
 * call costs fixed memory. {@link #render()} tells it in one line for operators and call logs, e.g.
 * {@code 10:55:52 call from 89295671458 to 555; menu: pressed 2; transferred to 104; rang 6 s; talked 36 s;
 * caller hung up}.
 */
public final class Timeline {

  /** Entries kept at most; the oldest step entries are dropped first (the first entry is kept). */
  public static final int CAPACITY = 500;

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ZoneId zone;
  private final List<TimelineEntry> entries = new ArrayList<>();

  /** An empty timeline rendered in {@code zone}. */
  public Timeline(ZoneId zone) {
    this.zone = zone;
  }

  /** Appends {@code entry}. */
  public void add(TimelineEntry entry) {
    if (entries.size() == CAPACITY) {
      entries.remove(1);
    }
    entries.add(entry);
  }

  /** Appends a run-level entry (start, end) with {@code text}. */
  public void note(Instant at, String text) {
    add(new TimelineEntry(at, "", "", "", Map.of(), text));
  }

  /** A snapshot of the entries, oldest first. */
  public List<TimelineEntry> entries() {
    return List.copyOf(entries);
  }

  /** The start time, then every non-empty text, separated by {@code "; "}. */
  public String render() {
    if (entries.isEmpty()) {
      return "";
    }
    String story = entries.stream().map(TimelineEntry::text).filter(text -> !text.isEmpty())
        .collect(Collectors.joining("; "));
    return CLOCK.format(entries.get(0).at().atZone(zone)) + " " + story;
  }

  /** One line per entry with its time, step, outcome and changes, for debugging a flow. */
  public String renderDetailed() {
    StringBuilder out = new StringBuilder();
    for (TimelineEntry entry : entries) {
      out.append(CLOCK.format(entry.at().atZone(zone)));
      if (!entry.stepId().isEmpty()) {
        out.append(' ').append(entry.stepId()).append(" (").append(entry.stepType()).append(") -> ")
            .append(entry.outcome());
      }
      if (!entry.changed().isEmpty()) {
        out.append(' ').append(entry.changed());
      }
      if (!entry.text().isEmpty()) {
        out.append(": ").append(entry.text());
      }
      out.append('\n');
    }
    return out.toString();
  }
}
