package io.ariflow.flows.load.queue;

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

/** The queue declaration example of the language reference loads without a problem, so the page cannot drift. */
class LanguageDocQueueTest {

  private static final Path PAGE = Path.of("docs", "LANGUAGE.md");

  @Test
  void theQueueExampleLoadsCleanly() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(PAGE), "skipped: no " + PAGE + " in the flows module");
    String page = Files.readString(PAGE);
    int start = page.indexOf("```yaml\nqueue:");
    assertTrue(start >= 0, "the page shows a queue: example");
    String example = page.substring(start + "```yaml\n".length(), page.indexOf("```", start + 7));

    LoadResult loaded = new FlowLoader().loadTexts(Map.of("example.yaml", example));

    assertEquals(List.of(), loaded.problems().stream().map(Problem::format).toList());
    DeclaredQueue billing = loaded.catalog().declarations().queues().queue("billing").orElseThrow();
    assertEquals(3, billing.definition().members().size());
    assertEquals("leastrecent", billing.definition().strategy());
  }
}
