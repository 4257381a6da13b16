package io.ariflow.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the real ARI traces recorded against Asterisk 22.10.1 ({@code shared/ari/traces/*.jsonl}), so
 * tests in every module use the same ground truth instead of hand-made JSON.
 *
 * <p>The shared directory comes from the system property {@code ariflow.shared.dir} (set by surefire),
 * else from walking up from the working directory to a folder containing {@code shared/ari/traces}.
 * Tests should skip when it is absent: {@code assumeTrue(Traces.sharedDir().isPresent(), "...")}.
 */
public final class Traces {

  /** The system property naming the shared directory. */
  public static final String SHARED_DIR_PROPERTY = "ariflow.shared.dir";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Traces() {}

  /** The {@code shared} directory (holding {@code ari/traces}), if it can be found. */
  public static Optional<Path> sharedDir() {
    String configured = System.getProperty(SHARED_DIR_PROPERTY);
    if (configured != null && hasTraces(Paths.get(configured))) {
      return Optional.of(Paths.get(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (hasTraces(dir.resolve("shared"))) {
        return Optional.of(dir.resolve("shared").normalize());
      }
    }
    return Optional.empty();
  }

  /** {@code shared/ari}: the traces plus the {@code api-docs-<version>} specification folders. */
  public static Path ariDir() {
    return sharedDir()
        .map(dir -> dir.resolve("ari"))
        .orElseThrow(() -> new IllegalStateException("shared/ari/traces not found; set -D" + SHARED_DIR_PROPERTY));
  }

  /** Scenario names (file names without {@code .jsonl}), sorted, e.g. {@code originate-dial-bridge}. */
  public static List<String> scenarios() {
    try (Stream<Path> files = Files.list(ariDir().resolve("traces"))) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".jsonl"))
          .map(name -> name.substring(0, name.length() - ".jsonl".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One scenario, every line parsed, in file order. */
  public static Trace load(String scenario) {
    Path file = ariDir().resolve("traces").resolve(scenario + ".jsonl");
    try {
      List<TraceLine> lines = new ArrayList<>();
      for (String text : Files.readAllLines(file)) {
        if (!text.isBlank()) {
          lines.add(TraceLine.of(JSON.readTree(text)));
        }
      }
      return new Trace(scenario, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Every scenario, loaded. */
  public static List<Trace> loadAll() {
    return scenarios().stream().map(Traces::load).toList();
  }

  private static boolean hasTraces(Path shared) {
    return Files.isDirectory(shared.resolve("ari").resolve("traces"));
  }
}
