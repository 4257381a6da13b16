package io.ariflow.flows.load;

import io.ariflow.flows.spec.StepSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a flow as a graph: an edge for every routed outcome ({@code next}, {@code on}, choices,
 * cases, goto). Unrouted error, timeout and hangup are not edges: they leave the authored path.
 */
final class FlowGraph {

  private final Map<String, StepSpec> steps;
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();

  FlowGraph(Map<String, StepSpec> steps) {
    this.steps = steps;
    steps.forEach((id, spec) -> edges.put(id, successors(spec)));
  }

  private Set<String> successors(StepSpec spec) {
    Set<String> next = new LinkedHashSet<>();
    spec.common().next().ifPresent(next::add);
    next.addAll(spec.common().on().values());
    next.addAll(spec.fixedTargets().values());
    next.retainAll(steps.keySet());
    return next;
  }

  /** The steps reachable from {@code roots}, roots included. */
  Set<String> reachableFrom(List<String> roots) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    roots.stream().filter(steps::containsKey).forEach(todo::add);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        todo.addAll(edges.get(id));
      }
    }
    return seen;
  }

  /** The steps from which some step that can end the run is reachable. */
  Set<String> canReachEnd() {
    Set<String> reach = new LinkedHashSet<>();
    steps.forEach((id, spec) -> {
      if (spec.canEnd()) {
        reach.add(id);
      }
    });
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, Set<String>> e : edges.entrySet()) {
        if (!reach.contains(e.getKey()) && e.getValue().stream().anyMatch(reach::contains)) {
          reach.add(e.getKey());
          grew = true;
        }
      }
    }
    return reach;
  }

  /** The successors of a step. */
  Set<String> successorsOf(String id) {
    return edges.getOrDefault(id, Set.of());
  }

  /** The steps, in file order. */
  Map<String, StepSpec> steps() {
    return steps;
  }
}
