package io.ariflow.app.flowtest;

import io.ariflow.app.flows.FinishedRun;
import io.ariflow.flows.load.Durations;
import io.ariflow.flows.runtime.TimelineEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts together what happened in a case's call from the run, the caller's channel and the stubs. */
final class ObservedReader {

  private ObservedReader() {
  }

  /**
   * What was seen once the call is over.
   *
   * @param caller the caller's view
   * @param runs the runs that ended
   * @param dialled the endpoints the flows dialled
   * @param unmatchedHttp requests no stub answered
   * @param stillRunning whether the call outlived the case's limit (the test then hung up the caller)
   * @param elapsed how long the driver ran the call
   */
  record Seen(CallerView caller, List<FinishedRun> runs, List<String> dialled, List<String> unmatchedHttp,
      boolean stillRunning, Duration elapsed) {
  }

  static Observed read(TestCase test, Seen seen) {
    Optional<FinishedRun> run = seen.runs().stream()
        .filter(r -> r.callId().equals(seen.caller().channelId()) && r.flowId().equals(test.caller().flow()))
        .findFirst();
    List<TimelineEntry> entries = run.map(r -> r.timeline().entries()).orElse(List.of());
    Map<String, Object> variables = run.map(FinishedRun::variables).orElse(Map.of());
    Outcome outcome = seen.stillRunning()
        ? new Outcome(OutcomeKind.STILL_RUNNING, "after " + Durations.format(test.limit())
            + " (the test hung up the caller)")
        : OutcomeReader.of(run, test.caller().flow());
    return new Observed(
        entries.stream().map(TimelineEntry::stepId).filter(id -> !id.isEmpty()).toList(),
        seen.caller().prompts(), variables, outcome,
        run.map(r -> r.timeline().render()).orElse(""),
        run.map(r -> r.timeline().renderDetailed()).orElse(""),
        seen.unmatchedHttp(), unstubbed(test, seen.dialled()), notes(seen, variables), elapsed(entries, seen));
  }

  private static List<String> unstubbed(TestCase test, List<String> dialled) {
    Set<String> stubbed = test.parties().stream().map(p -> p.endpoint(test.caller().context()))
        .collect(Collectors.toSet());
    return dialled.stream().filter(endpoint -> !stubbed.contains(endpoint)).distinct().toList();
  }

  private static List<String> notes(Seen seen, Map<String, Object> variables) {
    List<String> notes = new ArrayList<>();
    seen.caller().pendingSteps().forEach(step -> notes.add("the caller never did: " + step));
    seen.caller().problems().forEach(problem -> notes.add("the simulator refused the caller's action: " + problem));
    if (!variables.isEmpty()) {
      notes.add("variables at the end: " + Verdict.variables(variables));
    }
    return notes;
  }

  private static Duration elapsed(List<TimelineEntry> entries, Seen seen) {
    if (entries.size() < 2) {
      return seen.elapsed();
    }
    return Duration.between(entries.get(0).at(), entries.get(entries.size() - 1).at());
  }
}
