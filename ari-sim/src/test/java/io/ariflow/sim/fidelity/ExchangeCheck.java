package io.ariflow.sim.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares one replayed request with the recording: the status (or the absence of any HTTP answer), the
 * body's shape for successes, and the exact body for errors (error messages are part of the API).
 */
final class ExchangeCheck {

  private ExchangeCheck() {}

  static StepResult compare(String scenario, Exchange x, List<KnownDifference> rules) {
    List<String> problems = problems(x);
    if (problems.isEmpty()) {
      return StepResult.match(scenario, x.label());
    }
    String detail = String.join("; ", problems);
    List<String> ids = rules.stream()
        .filter(r -> r instanceof KnownDifference.ExchangeRule e && e.explains(scenario, x))
        .map(KnownDifference::id).toList();
    return ids.isEmpty() ? StepResult.mismatch(scenario, x.label(), detail)
        : StepResult.explained(scenario, x.label(), ids.subList(0, 1), detail);
  }

  static List<String> problems(Exchange x) {
    List<String> out = new ArrayList<>();
    Integer rec = x.recorded().status();
    Integer sim = x.sim().status();
    if (!Objects.equals(rec, sim)) {
      out.add("status " + rec + " recorded, " + sim + " in sim"
          + (sim == null ? " (" + x.sim().error() + ")" : " " + abbreviate(x.sim().body())));
      return out;
    }
    if (rec == null) {
      return out;
    }
    Object recBody = x.recorded().body();
    Object simBody = x.sim().body();
    if (rec >= 300 || recBody instanceof String) {
      if (!Objects.equals(recBody, simBody)) {
        out.add("body " + abbreviate(recBody) + " recorded, " + abbreviate(simBody) + " in sim");
      }
    } else {
      out.addAll(Shape.diff(recBody, simBody));
    }
    return out;
  }

  private static String abbreviate(Object body) {
    String text = String.valueOf(body);
    return text.length() > 160 ? text.substring(0, 160) + "..." : text;
  }
}
