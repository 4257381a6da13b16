package io.ariflow.flows.load;

import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.spec.StepSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a flow: every step is reached from {@code start} (or the fallback); a loop that never waits
 * and can never reach an end is an error (it would spin the engine); a loop that waits but can never end is
 * a warning (only the caller hanging up stops it).
 */
final class GraphCheck {

  private GraphCheck() {
  }

  static void check(FlowDraft draft) {
    if (!draft.complete() || !draft.stepIds().contains(draft.start())) {
      return;
    }
    FlowGraph graph = new FlowGraph(draft.built());
    unreachable(draft, graph);
    endless(draft, graph);
  }

  private static void unreachable(FlowDraft draft, FlowGraph graph) {
    List<String> roots = new ArrayList<>(List.of(draft.start()));
    if (draft.fallback().orElse(null) instanceof Fallback.Goto fallback) {
      roots.add(fallback.step());
    }
    Set<String> reached = graph.reachableFrom(roots);
    graph.steps().forEach((id, spec) -> {
      if (!reached.contains(id)) {
        draft.problems().error(spec.common().location(), "step '" + id + "' is never reached from start '"
            + draft.start() + "': route to it or remove it");
      }
    });
  }

  private static void endless(FlowDraft draft, FlowGraph graph) {
    Set<String> ends = graph.canReachEnd();
    Set<String> stuck = new LinkedHashSet<>(graph.steps().keySet());
    stuck.removeAll(ends);
    Set<String> reported = new LinkedHashSet<>();
    for (String id : stuck) {
      if (reported.contains(id)) {
        continue;
      }
      Set<String> loop = loopThrough(graph, id, stuck);
      if (loop.isEmpty()) {
        continue;
      }
      reported.addAll(loop);
      report(draft, graph.steps(), loop);
    }
  }

  /** The strongly connected set of {@code id} inside {@code within}, empty when {@code id} is on no cycle. */
  private static Set<String> loopThrough(FlowGraph graph, String id, Set<String> within) {
    Set<String> loop = new LinkedHashSet<>();
    for (String other : within) {
      if (reaches(graph, id, other, within) && reaches(graph, other, id, within)) {
        loop.add(other);
      }
    }
    return loop;
  }

  /** Whether a path of at least one edge leads from {@code from} to {@code to} inside {@code within}. */
  private static boolean reaches(FlowGraph graph, String from, String to, Set<String> within) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(graph.successorsOf(from));
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (id.equals(to)) {
        return true;
      }
      if (within.contains(id) && seen.add(id)) {
        todo.addAll(graph.successorsOf(id));
      }
    }
    return false;
  }

  private static void report(FlowDraft draft, Map<String, StepSpec> steps, Set<String> loop) {
    String first = loop.iterator().next();
    String path = String.join(" -> ", loop) + " -> " + first;
    boolean waits = loop.stream().map(steps::get).anyMatch(StepSpec::takesTime);
    if (waits) {
      draft.problems().warning(steps.get(first).common().location(), "steps " + path
          + " never reach an end: only the caller hanging up stops this loop; add an exit (goto max:, a branch)");
    } else {
      draft.problems().error(steps.get(first).common().location(), "loop with no exit: " + path
          + " never waits and never ends; add an exit (goto max:, a branch to an end)");
    }
  }
}
