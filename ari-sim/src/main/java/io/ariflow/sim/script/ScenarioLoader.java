package io.ariflow.sim.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads scenario files:
 * <pre>
 * calls:
 *   - from: "100"
 *     to: "555"
 *     args: [support-line]       # Stasis arguments (else the context's, [from-test] by default)
 *     script:
 *       - on: playback-started   # wait for an event on this call
 *         do: press 1
 *       - after: 20s
 *         do: hangup
 * agents:
 *   - endpoint: PJSIP/2001
 *     answer-after: 3s
 *     talk: 30s
 * </pre>
 * Every problem is reported as {@code file:line:col: message} in one {@link ScenarioLoadException}.
 */
public final class ScenarioLoader {

  private ScenarioLoader() {}

  /** Reads a file; blocking I/O, so call it off the event loop. */
  public static Scenario load(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario " + file, e);
    }
  }

  /** Reads YAML text, naming it {@code fileName} in problems. */
  public static Scenario parse(String fileName, String yaml) {
    return ScenarioReader.read(fileName, yaml);
  }
}
