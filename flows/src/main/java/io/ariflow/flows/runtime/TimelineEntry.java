package io.ariflow.flows.runtime;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a run's timeline.
 *
 * @param at when it happened (the run's clock)
 * @param stepId the step, empty for run-level entries (start, end)
 * @param stepType the step's type, empty for run-level entries
 * @param outcome the outcome, empty for run-level entries
 * @param changed flow variables the step set (null for unset)
 * @param text a few words for humans, empty when the step has nothing worth telling
 */
public record TimelineEntry(Instant at, String stepId, String stepType, String outcome,
    Map<String, Object> changed, String text) {

  /** Copies the changes (nulls kept: they mean "unset"). */
  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
  }
}
