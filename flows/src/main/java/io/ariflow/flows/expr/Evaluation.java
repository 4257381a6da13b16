package io.ariflow.flows.expr;

/**
 * One evaluation of one expression: the scope it reads and the expression text errors must name.
 *
 * @param scope the variables and clock
 * @param expression the text of the expression being evaluated
 */
record Evaluation(Scope scope, String expression) {

  /** A failure at {@code node}, naming the variable it reads when it reads one. */
  EvaluationException fail(Node node, String problem) {
    return new EvaluationException(problem, expression, node.position(), node.variable().orElse(null));
  }

  /**
   * A failure because {@code node} gave {@code value} where {@code needs} something else, e.g.
   * "'-' needs numbers, but tries is null; use default(tries, ...) when it may have no value".
   */
  EvaluationException wrongValue(Node node, Object value, String needs) {
    String subject = node.variable().map(name -> name + " is ").orElse("got ");
    String problem = needs + ", but " + subject + Values.describe(value);
    if (value == null && node.variable().isPresent()) {
      problem += "; use default(" + node.variable().get() + ", ...) when it may have no value";
    }
    return fail(node, problem);
  }

  /** The number {@code value} denotes, or a failure saying {@code needs}. */
  Object number(Node node, Object value, String needs) {
    Object number = Numbers.numeric(value);
    if (number == null) {
      throw wrongValue(node, value, needs);
    }
    return number;
  }
}
