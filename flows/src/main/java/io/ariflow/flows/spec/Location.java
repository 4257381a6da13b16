package io.ariflow.flows.spec;

/**
 * A place in a flow file, so every problem and every run-time report can point at the YAML that caused it.
 *
 * @param file the file as given to the loader
 * @param line 1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {

  /** A location for values built in code rather than read from a file. */
  public static Location unknown() {
    return new Location("<none>", 0, 0);
  }

  /** The same file and line, {@code delta} columns further right. */
  public Location shifted(int delta) {
    return new Location(file, line, column + delta);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
