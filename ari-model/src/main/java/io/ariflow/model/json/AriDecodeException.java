package io.ariflow.model.json;

/**
 * A WebSocket message that cannot be turned into an event: not JSON, not an object, no {@code type},
 * or fields of a known type that do not fit. The message names the problem and quotes the start of the
 * input, so one log line is enough to diagnose it.
 */
public final class AriDecodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int EXCERPT_LENGTH = 160;

  /** A failure described by {@code problem}, quoting the start of {@code input}. */
  public AriDecodeException(String problem, String input, Throwable cause) {
    super(problem + " in: " + excerpt(input), cause);
  }

  /** The first characters of the input, on one line, with an ellipsis when cut. */
  static String excerpt(String input) {
    if (input == null) {
      return "<null>";
    }
    String flat = input.replaceAll("\\s+", " ").trim();
    return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
  }
}
