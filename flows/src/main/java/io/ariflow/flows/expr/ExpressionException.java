package io.ariflow.flows.expr;

/**
 * A syntax error found when parsing an expression or template: what is wrong and how to fix it, with the
 * 0-based offset in the parsed text, so the loader can point at file:line:col.
 */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String source;
  private final int position;

  /** An error at {@code position} in {@code source}; {@code problem} says how to fix it. */
  public ExpressionException(String problem, String source, int position) {
    super(problem + " (at " + position + " in \"" + source + "\")");
    this.problem = problem;
    this.source = source;
    this.position = position;
  }

  /** What is wrong and how to fix it, without the position. */
  public String message() {
    return problem;
  }

  /** The whole text that was parsed (for a template, the template text). */
  public String source() {
    return source;
  }

  /** The 0-based offset in {@link #source()} where the problem is. */
  public int position() {
    return position;
  }
}
