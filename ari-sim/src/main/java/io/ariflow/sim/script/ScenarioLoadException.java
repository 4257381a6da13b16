package io.ariflow.sim.script;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used, with every problem found (not only the first). */
public final class ScenarioLoadException extends RuntimeException {

  private final transient List<ScenarioProblem> problems;

  public ScenarioLoadException(List<ScenarioProblem> problems) {
    super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<ScenarioProblem> problems() {
    return problems;
  }
}
