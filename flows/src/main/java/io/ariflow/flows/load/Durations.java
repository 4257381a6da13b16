package io.ariflow.flows.load;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations flows write: {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h}, or sums like {@code 1m30s}. */
public final class Durations {

  /** How to write a duration, for messages. */
  public static final String HOW = "a whole number with a unit, such as 250ms, 5s, 2m, 1h or 1m30s";

  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

  private Durations() {
  }

  /** The duration {@code text} says, or empty when it is not one. */
  public static Optional<Duration> parse(String text) {
    String t = text.trim();
    if (!WHOLE.matcher(t).matches()) {
      return Optional.empty();
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(t);
    while (part.find()) {
      total = total.plus(unit(Long.parseLong(part.group(1)), part.group(2)));
    }
    return Optional.of(total);
  }

  /** Writes {@code duration} the way a flow would ({@code 1m30s}, {@code 250ms}). */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    long seconds = duration.toSecondsPart();
    long millis = duration.toMillisPart();
    append(text, hours, "h");
    append(text, minutes, "m");
    append(text, seconds, "s");
    append(text, millis, "ms");
    return text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount > 0) {
      text.append(amount).append(unit);
    }
  }

  private static Duration unit(long amount, String unit) {
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}
