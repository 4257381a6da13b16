package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The call pickup example of the language reference loads without a problem, so the page cannot drift. */
class PickupLanguageDocTest {

  private static final Path PAGE = Path.of("docs", "LANGUAGE.md");

  @Test
  void thePickupExampleLoadsCleanly() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(PAGE), "skipped: no " + PAGE + " in the flows module");
    String page = Files.readString(PAGE);
    int start = page.indexOf("```yaml\nflow: desk");
    assertTrue(start >= 0, "the page shows the pickup example");
    String example = page.substring(start + "```yaml\n".length(), page.indexOf("```", start + 7));

    LoadResult loaded = new FlowLoader().loadTexts(Map.of("example.yaml", example));

    assertEquals(List.of(), loaded.problems().stream().map(Problem::format).toList());
    assertEquals(3, loaded.catalog().all().size());
  }
}
