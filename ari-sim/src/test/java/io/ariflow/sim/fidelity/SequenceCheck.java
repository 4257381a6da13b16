package io.ariflow.sim.fidelity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares, per socket and object, the recorded sequence of event signatures with the simulator's, and the
 * shape of each pair of events. Known sequence differences are applied to both sides, one after another,
 * until the sequences agree or the rules run out.
 */
final class SequenceCheck {

  private SequenceCheck() {}

  /** Both maps are keyed by socket and simulator-side object key; {@code labels} names keys for people. */
  static List<StepResult> compare(String scenario, Map<String, List<SeqItem>> recorded, Map<String, List<SeqItem>> sim,
      Map<String, String> labels, List<KnownDifference> rules) {
    Set<String> keys = new LinkedHashSet<>(recorded.keySet());
    keys.addAll(sim.keySet());
    List<StepResult> out = new ArrayList<>();
    for (String key : keys) {
      String label = "events " + labels.getOrDefault(key, key);
      out.add(compareOne(scenario, label, recorded.getOrDefault(key, List.of()), sim.getOrDefault(key, List.of()),
          rules));
    }
    return out;
  }

  private static StepResult compareOne(String scenario, String label, List<SeqItem> rec, List<SeqItem> sim,
      List<KnownDifference> rules) {
    List<String> problems = problems(rec, sim);
    if (problems.isEmpty()) {
      return StepResult.match(scenario, label);
    }
    String detail = String.join("; ", problems);
    List<String> used = new ArrayList<>();
    List<SeqItem> r = rec;
    List<SeqItem> s = sim;
    for (KnownDifference kd : rules) {
      if (kd instanceof KnownDifference.SequenceRule rule && rule.appliesTo(scenario)) {
        List<SeqItem> r2 = rule.normalize().apply(r);
        List<SeqItem> s2 = rule.normalize().apply(s);
        if (!r2.equals(r) || !s2.equals(s)) {
          used.add(rule.id());
          r = r2;
          s = s2;
          if (problems(r, s).isEmpty()) {
            return StepResult.explained(scenario, label, used, detail);
          }
        }
      }
    }
    return StepResult.mismatch(scenario, label, detail);
  }

  private static List<String> problems(List<SeqItem> rec, List<SeqItem> sim) {
    List<String> sigsRec = rec.stream().map(SeqItem::sig).toList();
    List<String> sigsSim = sim.stream().map(SeqItem::sig).toList();
    if (!sigsRec.equals(sigsSim)) {
      return List.of("recorded " + sigsRec + "\n    sim      " + sigsSim);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rec.size(); i++) {
      for (String d : Shape.diff(rec.get(i).event(), sim.get(i).event())) {
        out.add(rec.get(i).sig() + " #" + (i + 1) + " " + d);
      }
    }
    return out;
  }
}
