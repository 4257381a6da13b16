package io.ariflow.app.flowtest;

import io.ariflow.flows.spec.Location;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of one case: passed when nothing differed. A failed case carries what differed and what is
 * needed to see why: the call's timeline, one line per step, and notes (script steps never done,
 * variables at the end).
 *
 * @param name the case
 * @param location where the case is written
 * @param mismatches what differed; empty when the case passed
 * @param notes extra facts for a failing case
 * @param timeline the call's timeline, one line per entry
 * @param elapsed how long the call lasted, in virtual time
 */
public record CaseReport(String name, Location location, List<Mismatch> mismatches, List<String> notes,
    String timeline, Duration elapsed) {

  /** Copies the lists. */
  public CaseReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    mismatches = List.copyOf(mismatches);
    notes = List.copyOf(notes);
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Whether the case passed. */
  public boolean passed() {
    return mismatches.isEmpty();
  }
}
