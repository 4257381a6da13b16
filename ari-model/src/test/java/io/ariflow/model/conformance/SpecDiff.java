package io.ariflow.model.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one specification version adds or removes compared with another: models, event types,
 * operations and operation signatures (parameters, response). Printed by the conformance test.
 */
final class SpecDiff {

  private SpecDiff() {}

  /** Human-readable difference lines, empty when the versions declare the same API. */
  static List<String> between(AriSpec base, AriSpec other) {
    List<String> lines = new ArrayList<>();
    compare(lines, "events", base, other, base.eventTypes(), other.eventTypes());
    compare(lines, "models", base, other, base.resourceModels(), other.resourceModels());
    Map<String, SpecOperation> baseOps = base.operationsByName();
    Map<String, SpecOperation> otherOps = other.operationsByName();
    compare(lines, "operations", base, other, baseOps.keySet(), otherOps.keySet());
    for (String name : new TreeSet<>(baseOps.keySet())) {
      SpecOperation after = otherOps.get(name);
      if (after != null && !after.signature().equals(baseOps.get(name).signature())) {
        lines.add("operation " + name + " changed: " + baseOps.get(name).signature() + "  =>  " + after.signature());
      }
    }
    for (String model : new TreeSet<>(base.models().keySet())) {
      if (other.models().containsKey(model)
          && !other.properties(model).keySet().equals(base.properties(model).keySet())) {
        lines.add("model " + model + " properties: " + base.properties(model).keySet()
            + "  =>  " + other.properties(model).keySet());
      }
    }
    return lines;
  }

  private static void compare(
      List<String> lines, String what, AriSpec baseSpec, AriSpec otherSpec, Set<String> base, Set<String> other) {
    Set<String> added = new TreeSet<>(other);
    added.removeAll(base);
    Set<String> removed = new TreeSet<>(base);
    removed.removeAll(other);
    if (!added.isEmpty()) {
      lines.add(what + " only in " + otherSpec.version() + ": " + added);
    }
    if (!removed.isEmpty()) {
      lines.add(what + " only in " + baseSpec.version() + ": " + removed);
    }
  }
}
