package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares what a case expects with what its call did, one {@link Mismatch} per difference; an empty list
 * is a pass. Besides the written expectations, a case fails when the flow sent a request no HTTP stub
 * answers, dialled a party no stub plays, or never ended (unless the case expects {@code still-running}).
 */
final class Verdict {

  private Verdict() {
  }

  static List<Mismatch> check(TestCase test, Observed observed) {
    List<Mismatch> mismatches = new ArrayList<>();
    Expectations expect = test.expect();
    expect.path().filter(e -> !e.matches(observed.path()))
        .ifPresent(e -> mismatches.add(new Mismatch("path", e.describe(), observed.path().toString())));
    expect.prompts().filter(e -> !e.matches(observed.prompts()))
        .ifPresent(e -> mismatches.add(new Mismatch("prompts", e.describe(), observed.prompts().toString())));
    expect.variables().forEach((name, value) -> variable(name, value, observed, mismatches));
    expect.outcome().filter(e -> !e.matches(observed.outcome())).ifPresent(e -> mismatches.add(
        new Mismatch("outcome", e.describe(), observed.outcome().describe())));
    if (expect.outcome().isEmpty() && observed.outcome().kind() == OutcomeKind.STILL_RUNNING) {
      mismatches.add(new Mismatch("outcome", "the call ends within " + Durations.format(test.limit()),
          observed.outcome().describe()));
    }
    for (String text : expect.timeline()) {
      if (!observed.timeline().contains(text) && !observed.timelineDetail().contains(text)) {
        mismatches.add(new Mismatch("timeline", "contains \"" + text + "\"", "\"" + observed.timeline() + "\""));
      }
    }
    observed.unmatchedHttp().forEach(request -> mismatches.add(new Mismatch("http",
        "a stub for every request the flow sends", request + " matched no stub; add one under http:")));
    observed.unstubbedDials().forEach(endpoint -> mismatches.add(new Mismatch("parties",
        "a stub for every party the flow dials", endpoint + " was dialled; add it under parties:")));
    return mismatches;
  }

  private static void variable(String name, Object expected, Observed observed, List<Mismatch> mismatches) {
    Optional<VariablePath.Found> actual = VariablePath.read(observed.variables(), name);
    if (actual.isEmpty()) {
      mismatches.add(new Mismatch("variable " + name, Shown.value(expected), "not set"));
    } else if (!Shown.same(expected, actual.get().value())) {
      mismatches.add(new Mismatch("variable " + name, Shown.value(expected), Shown.value(actual.get().value())));
    }
  }

  /** Variables as reports show them: {@code tier = "gold", count = 2}. */
  static String variables(Map<String, Object> variables) {
    List<String> parts = new ArrayList<>();
    variables.forEach((k, v) -> parts.add(k + " = " + Shown.value(v)));
    return String.join(", ", parts);
  }
}
