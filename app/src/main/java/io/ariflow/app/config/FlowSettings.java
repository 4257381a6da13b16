package io.ariflow.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Where flows come from and how they are kept current.
 *
 * @param dir the directory of flow files; empty or missing means the built-in demo flow answers every call
 * @param watch whether changed files are reloaded without a restart
 * @param watchInterval how often the directory is scanned; a change is applied once the files are stable for one interval
 * @param timezone the zone of flows without their own {@code timezone} (time functions) and of call timelines
 */
public record FlowSettings(Path dir, boolean watch, Duration watchInterval, ZoneId timezone) {

  /** The directory with the defaults of the configuration (watched every second, UTC). */
  public static FlowSettings of(Path dir) {
    return new FlowSettings(dir, true, Duration.ofSeconds(1), ZoneId.of("UTC"));
  }
}
