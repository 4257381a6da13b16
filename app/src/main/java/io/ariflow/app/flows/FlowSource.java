package io.ariflow.app.flows;

import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the flows directory with the flow loader, or, when it holds no flow file, the built-in demo flow
 * (answer, hello-world, hang up) so a fresh install answers calls through the real interpreter. Plain
 * blocking Java: callers run it with {@code executeBlocking}.
 */
final class FlowSource {

  /** The name problems and locations of the built-in flow carry. */
  static final String BUILT_IN = "builtin:demo.yaml";
  private static final String RESOURCE = "demo.yaml";

  private final Path dir;
  private final FlowLoader loader;

  FlowSource(Path dir, LoaderOptions options) {
    this.dir = dir;
    this.loader = new FlowLoader(options);
  }

  Path dir() {
    return dir;
  }

  /** Loads the directory as it is now. */
  LoadedFlows load() {
    DirectoryScan scan = DirectoryScan.of(dir);
    if (scan.isEmpty()) {
      return new LoadedFlows(loader.loadTexts(Map.of(BUILT_IN, builtInText())), true, scan);
    }
    return new LoadedFlows(loader.load(List.of(dir)), false, scan);
  }

  private static String builtInText() {
    try (InputStream in = FlowSource.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the built-in flow " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in flow", e);
    }
  }
}
