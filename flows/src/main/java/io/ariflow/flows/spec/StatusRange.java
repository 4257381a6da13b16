package io.ariflow.flows.spec;

/**
 * An inclusive range of HTTP status codes ({@code 2xx}, {@code 200-299}, {@code 204}).
 *
 * @param from lowest code
 * @param to highest code
 */
public record StatusRange(int from, int to) {

  /** The usual success range. */
  public static final StatusRange SUCCESS = new StatusRange(200, 299);

  /** Rejects inverted or impossible ranges. */
  public StatusRange {
    if (from < 100 || to > 599 || from > to) {
      throw new IllegalArgumentException("bad status range " + from + "-" + to);
    }
  }

  /** Whether {@code status} is in the range. */
  public boolean contains(int status) {
    return status >= from && status <= to;
  }
}
