package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.Problem;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runner end to end on the fixtures: passing cases pass, each kind of expectation that fails is
 * reported with the exact text, bad test files report every error before any call, and calls lasting
 * tens of seconds run on virtual time (their durations are the virtual ones).
 */
class FlowTestRunnerTest {

  private static Vertx vertx;
  private static FlowTestRunner runner;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    runner = new FlowTestRunner(vertx);
  }

  @AfterAll
  static void stop() {
    Bounded.await(vertx.close());
  }

  @Test
  void passingCasesPassAndTheSummarySaysSo() {
    SuiteReport report = Bounded.await(runner.run(List.of(Fixtures.PASS)));

    assertTrue(report.passed(), ReportText.of(report));
    assertEquals(5, report.cases());
    assertEquals("ok: 5 cases passed in 1 file", ReportText.summary(report));
  }

  @Test
  void everyKindOfFailedExpectationIsReportedWithExpectedActualAndTheTimeline() {
    SuiteReport report = Bounded.await(runner.run(List.of(Fixtures.FAIL)));

    assertFalse(report.passed());
    assertEquals(Fixtures.text(Fixtures.ROOT.resolve("fail").resolve("mismatches.report")), ReportText.of(report));
  }

  @Test
  void aCaseRunsTheSameWayEveryTimeBecauseCasesShareNothing() {
    FileReport first = Bounded.await(runner.runFile(Fixtures.FAIL));
    FileReport second = Bounded.await(runner.runFile(Fixtures.FAIL));

    assertEquals(ReportText.of(new SuiteReport(List.of(first))), ReportText.of(new SuiteReport(List.of(second))));
  }

  @Test
  void callDurationsAreVirtualTime() {
    FileReport report = Bounded.await(runner.runFile(Fixtures.PASS));

    assertEquals(Duration.ofMillis(13_500), report.cases().get(0).elapsed());
    assertEquals(Duration.ofSeconds(8), report.cases().get(3).elapsed());
  }

  @Test
  void flowsListedAsFilesAreHostedFromACopyOfThoseFiles() {
    FileReport report = Bounded.await(runner.runFile(Fixtures.ROOT.resolve("listed").resolve("listed.test.yaml")));

    assertTrue(report.passed(), ReportText.of(new SuiteReport(List.of(report))));
    assertEquals(1, report.cases().size());
  }

  static Stream<Path> badFiles() {
    return Stream.of("fields", "checks", "syntax", "empty").map(name -> Fixtures.BAD.resolve(name + ".test.yaml"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aBadTestFileReportsEveryErrorWithItsPlaceAndRunsNoCase(Path file) {
    FileReport report = Bounded.await(runner.runFile(file));

    List<String> errors = report.problems().stream().map(FlowTestRunnerTest::withoutFile).toList();
    String name = file.getFileName().toString().replace(".test.yaml", ".errors");
    assertEquals(Fixtures.lines(file.resolveSibling(name)), errors);
    assertTrue(report.cases().isEmpty());
    assertFalse(report.passed());
  }

  @Test
  void aDirectoryRunsEveryTestFileInItAndCountsFilesWithErrors() {
    SuiteReport report = Bounded.await(runner.run(List.of(Fixtures.BAD)));

    assertEquals(4, report.files().size());
    assertEquals("FAILED: 4 of 4 files have errors and did not run", ReportText.summary(report));
  }

  private static String withoutFile(Problem problem) {
    return problem.location().line() + ":" + problem.location().column() + ": " + problem.severity().label() + ": "
        + problem.message();
  }
}
