package io.ariflow.sim.script;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as scenario files write them: {@code 500ms}, {@code 3s}, {@code 1.5s}, {@code 2m}. */
final class Durations {

  static final String EXPECTED = "a duration like 500ms, 3s, 1.5s or 2m";
  private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)");

  private Durations() {}

  /** The shortest way to write {@code d} in a scenario file: {@code 20s}, {@code 1.5s}, {@code 250ms}. */
  static String format(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms > 1000 ? ms / 1000.0 + "s" : ms + "ms";
  }

  static Optional<Duration> parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    double value = Double.parseDouble(m.group(1));
    double millis = switch (m.group(2)) {
      case "ms" -> value;
      case "s" -> value * 1000;
      default -> value * 60_000;
    };
    return Optional.of(Duration.ofMillis(Math.round(millis)));
  }
}
