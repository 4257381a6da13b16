package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Events exactly as a real Asterisk sent them, from the recorded traces in the shared folder. */
final class TraceFixtures {
  private TraceFixtures() {}

  /** The events of {@code scenario}, re-encoded with their key order; skips the test if traces are missing. */
  static List<String> events(String scenario) throws IOException {
    String shared = System.getProperty("ariflow.shared.dir");
    Path trace = shared == null ? null : Path.of(shared, "ari", "traces", scenario + ".jsonl");
    assumeTrue(trace != null && Files.isRegularFile(trace),
        "skipped: trace " + scenario + " not found (system property ariflow.shared.dir=" + shared + ")");
    try (var lines = Files.lines(trace)) {
      return lines.map(JsonObject::new).filter(line -> "event".equals(line.getString("kind")))
          .map(line -> line.getJsonObject("event").encode()).toList();
    }
  }
}
