package io.ariflow.app.flowtest;

import java.util.List;

/**
 * The results of a test run: one report per test file.
 *
 * @param files the files, in the order they ran
 */
public record SuiteReport(List<FileReport> files) {

  /** Copies the list. */
  public SuiteReport {
    files = List.copyOf(files);
  }

  /** True when there was at least one file and every file passed. */
  public boolean passed() {
    return !files.isEmpty() && files.stream().allMatch(FileReport::passed);
  }

  /** Cases that ran. */
  public long cases() {
    return files.stream().mapToLong(f -> f.cases().size()).sum();
  }

  /** Cases that failed. */
  public long failedCases() {
    return files.stream().flatMap(f -> f.cases().stream()).filter(c -> !c.passed()).count();
  }

  /** Files with errors (not run). */
  public long filesWithErrors() {
    return files.stream().filter(f -> f.problems().stream().anyMatch(p -> p.isError())).count();
  }
}
