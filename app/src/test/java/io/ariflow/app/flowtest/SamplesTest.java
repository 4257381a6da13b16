package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped samples ({@code flows/samples}) work: they validate without a single problem and every
 * one of their offline tests passes, so a new user's first {@code ariflow test flows/samples} is green.
 */
class SamplesTest {

  private static final Path SAMPLES = Path.of("..", "flows", "samples");

  @Test
  void theSamplesValidateWithoutErrorsOrWarnings() {
    Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "skipped: no " + SAMPLES + " next to the app module");

    LoadResult result = new FlowLoader().load(List.of(SAMPLES));

    assertEquals(List.of(), result.problems());
    assertEquals(5, result.catalog().size());
  }

  @Test
  void everySampleTestPasses() {
    Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "skipped: no " + SAMPLES + " next to the app module");
    Vertx vertx = Vertx.vertx();
    try {
      SuiteReport report = Bounded.await(new FlowTestRunner(vertx).run(List.of(SAMPLES)));

      assertTrue(report.passed(), ReportText.of(report));
      assertEquals(5, report.files().size());
      assertTrue(report.cases() >= 13, ReportText.of(report));
    } finally {
      Bounded.await(vertx.close());
    }
  }
}
