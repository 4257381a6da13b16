package io.ariflow.sim.script;

import io.ariflow.sim.script.YamlTree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one scenario file so far, each with its line and column. */
final class Problems {

  private final String file;
  private final List<ScenarioProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void at(Node node, String message) {
    at(node.line(), node.column(), message);
  }

  void at(int line, int column, String message) {
    found.add(new ScenarioProblem(file, line, column, message));
  }

  List<ScenarioProblem> list() {
    return found;
  }

  /** Throws with every problem, in file order, if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      List<ScenarioProblem> sorted = new ArrayList<>(found);
      sorted.sort(Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column));
      throw new ScenarioLoadException(sorted);
    }
  }
}
