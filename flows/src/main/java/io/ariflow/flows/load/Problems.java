package io.ariflow.flows.load;

import io.ariflow.flows.spec.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems during one load so every mistake is reported at once instead of stopping at the first.
 * Created per load and per flow; never shared between threads.
 */
public final class Problems {

  private final List<Problem> list = new ArrayList<>();

  /** Adds an error. */
  public void error(Location location, String message) {
    list.add(Problem.error(location, message));
  }

  /** Adds a warning. */
  public void warning(Location location, String message) {
    list.add(Problem.warning(location, message));
  }

  /** Adds all of {@code others}. */
  public void addAll(List<Problem> others) {
    list.addAll(others);
  }

  /** Whether any error was added. */
  public boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  /** How many problems so far; compare before and after a step to see whether it added any. */
  public int count() {
    return list.size();
  }

  /** Whether any error was added after the first {@code mark} problems. */
  public boolean hasErrorsSince(int mark) {
    return list.subList(mark, list.size()).stream().anyMatch(Problem::isError);
  }

  /** A copy of the problems so far. */
  public List<Problem> toList() {
    return List.copyOf(list);
  }
}
