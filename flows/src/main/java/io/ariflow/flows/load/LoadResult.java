package io.ariflow.flows.load;

import java.util.List;

/**
 * The outcome of loading flow files: the catalog of flows without errors, and every problem found, sorted
 * by file, line and column.
 *
 * @param catalog the flows that loaded cleanly (warnings allowed)
 * @param problems every error and warning
 */
public record LoadResult(FlowCatalog catalog, List<Problem> problems) {

  /** Copies and sorts the problems. */
  public LoadResult {
    problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The errors only. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** The warnings only. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
