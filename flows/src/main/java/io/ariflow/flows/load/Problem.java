package io.ariflow.flows.load;

import io.ariflow.flows.spec.Location;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a flow file, where it is, and a message that says how to fix it.
 *
 * @param severity error or warning
 * @param location file, line and column
 * @param message what is wrong and how to fix it
 */
public record Problem(Severity severity, Location location, String message) {

  /** File, then line, then column, then message: the order a compiler prints. */
  public static final Comparator<Problem> IN_FILE_ORDER = Comparator
      .comparing((Problem p) -> p.location().file())
      .thenComparingInt(p -> p.location().line())
      .thenComparingInt(p -> p.location().column())
      .thenComparing(Problem::message);

  /** Rejects nulls. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** An error at {@code location}. */
  public static Problem error(Location location, String message) {
    return new Problem(Severity.ERROR, location, message);
  }

  /** A warning at {@code location}. */
  public static Problem warning(Location location, String message) {
    return new Problem(Severity.WARNING, location, message);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: error: message}, like a compiler. */
  public String format() {
    return location + ": " + severity.label() + ": " + message;
  }
}
