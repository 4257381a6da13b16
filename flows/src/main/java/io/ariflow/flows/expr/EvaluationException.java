package io.ariflow.flows.expr;

import java.util.Optional;

/**
 * An expression that parsed but could not be evaluated with the values of this call (null where a value is
 * needed, a type mismatch, a division by zero). The interpreter turns it into the step's {@code error}
 * outcome; the message names the expression, the offset and the variable involved.
 */
public final class EvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String expression;
  private final int position;
  private final String variable;

  /** A failure of {@code expression} at {@code position}; {@code variable} may be null. */
  public EvaluationException(String problem, String expression, int position, String variable) {
    super(problem + " (at " + position + " in \"" + expression + "\")");
    this.problem = problem;
    this.expression = expression;
    this.position = position;
    this.variable = variable;
  }

  /** What went wrong, without the position. */
  public String problem() {
    return problem;
  }

  /** The text of the failing expression (for a template, the text inside its {@code ${}}). */
  public String expression() {
    return expression;
  }

  /** The 0-based offset of the failing part, in the same coordinates as parse errors. */
  public int position() {
    return position;
  }

  /** The variable whose value caused the failure, when one did. */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }
}
