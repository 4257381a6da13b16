package io.ariflow.app.flowtest;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What happened in one case's call, gathered from the run's timeline, the simulator's view of the caller's
 * channel and the stubs.
 *
 * @param path the steps of the Stasis flow's run (and its sub-flows) in the order they finished
 * @param prompts the media the simulator started on the caller's channel
 * @param variables the Stasis flow's variables at the end
 * @param outcome how the call ended
 * @param timeline the run's timeline in one line; empty when no run ended
 * @param timelineDetail the run's timeline, one line per entry
 * @param unmatchedHttp requests no HTTP stub answered
 * @param unstubbedDials endpoints dialled that no party stub plays
 * @param notes facts that help with a failing case (script steps never done, refused actions, variables)
 * @param elapsed how long the call lasted, in virtual time
 */
public record Observed(List<String> path, List<String> prompts, Map<String, Object> variables, Outcome outcome,
    String timeline, String timelineDetail, List<String> unmatchedHttp, List<String> unstubbedDials,
    List<String> notes, Duration elapsed) {

  /** Copies the collections (variables may hold null values). */
  public Observed {
    path = List.copyOf(path);
    prompts = List.copyOf(prompts);
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(timelineDetail, "timelineDetail");
    unmatchedHttp = List.copyOf(unmatchedHttp);
    unstubbedDials = List.copyOf(unstubbedDials);
    notes = List.copyOf(notes);
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
