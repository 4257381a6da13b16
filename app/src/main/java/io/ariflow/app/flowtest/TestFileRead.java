package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A test file as read: what it says, and every problem found in it (in file order). A file with an error
 * is not run.
 *
 * @param file the file's flows and cases (those that could be read)
 * @param problems every problem, with file, line and column
 */
public record TestFileRead(FlowTestFile file, List<Problem> problems) {

  /** Copies and sorts the problems. */
  public TestFileRead {
    Objects.requireNonNull(file, "file");
    problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
