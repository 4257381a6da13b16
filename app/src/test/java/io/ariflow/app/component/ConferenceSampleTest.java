package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.flowtest.FlowTestRunner;
import io.ariflow.app.flowtest.ReportText;
import io.ariflow.app.flowtest.SuiteReport;
import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The sample conference room ({@code flows/samples/conference}) validates cleanly and its offline tests pass, as
 * {@code ariflow test flows/samples/conference} runs them: one caller per case on the simulator, virtual time.
 */
class ConferenceSampleTest {

  private static final Path SAMPLE = Path.of("..", "flows", "samples", "conference");

  @Test
  void theSampleRoomAndFlowValidateWithoutAProblem() {
    Assumptions.assumeTrue(Files.isDirectory(SAMPLE), "skipped: no " + SAMPLE + " next to the app module");

    LoadResult result = new FlowLoader().load(List.of(SAMPLE));

    assertEquals(List.of(), result.problems());
    assertTrue(result.catalog().flow("team-conference").isPresent());
    assertTrue(result.catalog().declarations().rooms().templateFor("team-sales").isPresent());
  }

  @Test
  void everyOfflineCaseOfTheSamplePasses() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(SAMPLE), "skipped: no " + SAMPLE + " next to the app module");
    Vertx vertx = Vertx.vertx();
    try {
      SuiteReport report = Await.result(new FlowTestRunner(vertx).run(List.of(SAMPLE)));

      assertTrue(report.passed(), ReportText.of(report));
      assertEquals(4, report.cases(), ReportText.of(report));
    } finally {
      Await.result(vertx.close());
    }
  }
}
