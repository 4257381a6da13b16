package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The results of one test file: its problems (a file with errors, or whose flows do not load, runs no
 * case) and its cases' reports.
 *
 * @param path the test file
 * @param problems problems in the test file or in the flows under test
 * @param cases one report per case that ran
 */
public record FileReport(Path path, List<Problem> problems, List<CaseReport> cases) {

  /** Copies the lists. */
  public FileReport {
    Objects.requireNonNull(path, "path");
    problems = List.copyOf(problems);
    cases = List.copyOf(cases);
  }

  /** True when the file had no error and every case passed. */
  public boolean passed() {
    return problems.stream().noneMatch(Problem::isError) && cases.stream().allMatch(CaseReport::passed);
  }
}
