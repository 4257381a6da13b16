package io.ariflow.app.flowtest;

import io.ariflow.flows.load.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a test run for people: per file its problems, or one PASS/FAIL line per case; for a failed case
 * what differed (expected, then actual), notes, and the call's timeline; then one summary line.
 */
public final class ReportText {

  private static final String CASE = "  ";
  private static final String DETAIL = "        ";

  private ReportText() {
  }

  /** The whole report, ending with the summary line and a newline. */
  public static String of(SuiteReport suite) {
    StringBuilder out = new StringBuilder();
    suite.files().forEach(file -> file(file, out));
    return out.append(summary(suite)).append('\n').toString();
  }

  /**
   * {@code ok: 12 cases passed in 3 files}, or what failed: {@code FAILED: 1 of 12 cases failed; 1 of 4 files
   * has errors and did not run}.
   */
  public static String summary(SuiteReport suite) {
    long files = suite.files().size();
    if (files == 0) {
      return "FAILED: no test files (*.test.yaml) found";
    }
    if (suite.passed()) {
      return "ok: " + suite.cases() + plural(suite.cases(), " case") + " passed in " + files + plural(files, " file");
    }
    List<String> parts = new ArrayList<>();
    if (suite.cases() > 0) {
      parts.add(suite.failedCases() + " of " + suite.cases() + plural(suite.cases(), " case") + " failed");
    }
    long broken = suite.filesWithErrors();
    if (broken > 0) {
      parts.add(broken + " of " + files + plural(files, " file") + (broken == 1 ? " has" : " have")
          + " errors and did not run");
    }
    return "FAILED: " + String.join("; ", parts);
  }

  private static void file(FileReport file, StringBuilder out) {
    out.append(file.path()).append('\n');
    for (Problem problem : file.problems()) {
      out.append(CASE).append(problem.format()).append('\n');
    }
    file.cases().forEach(report -> testCase(report, out));
  }

  private static void testCase(CaseReport report, StringBuilder out) {
    out.append(CASE).append(report.passed() ? "PASS  " : "FAIL  ").append(report.name())
        .append(" (").append(seconds(report.elapsed())).append(")\n");
    if (report.passed()) {
      return;
    }
    for (Mismatch mismatch : report.mismatches()) {
      out.append(DETAIL).append(mismatch.subject()).append('\n')
          .append(DETAIL).append("  expected: ").append(mismatch.expected()).append('\n')
          .append(DETAIL).append("  actual:   ").append(mismatch.actual()).append('\n');
    }
    report.notes().forEach(note -> out.append(DETAIL).append(note).append('\n'));
    if (!report.timeline().isEmpty()) {
      out.append(DETAIL).append("timeline:\n");
      report.timeline().lines().forEach(line -> out.append(DETAIL).append("  ").append(line).append('\n'));
    }
  }

  private static String seconds(Duration elapsed) {
    return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
  }

  private static String plural(long count, String noun) {
    return count == 1 ? noun : noun + "s";
  }
}
