package io.ariflow.flows.expr;

import java.util.List;
import java.util.OptionalInt;

/**
 * A comparison (see {@link Comparison} for the rules); ordering against null or between values that have
 * no order (a number and non-numeric text, booleans, lists) fails naming the operand.
 *
 * @param operator the operator
 * @param left left operand
 * @param right right operand
 * @param position where the operator is
 */
record CompareNode(CompareOperator operator, Node left, Node right, int position) implements Node {

  @Override
  public Object evaluate(Evaluation evaluation) {
    Object a = left.evaluate(evaluation);
    Object b = right.evaluate(evaluation);
    if (operator.isEquality()) {
      return Comparison.equal(a, b) == (operator == CompareOperator.EQ);
    }
    String needs = "'" + operator.symbol() + "' needs a value on both sides";
    if (a == null) {
      throw evaluation.wrongValue(left, null, needs);
    }
    if (b == null) {
      throw evaluation.wrongValue(right, null, needs);
    }
    OptionalInt order = Comparison.order(a, b);
    if (order.isEmpty()) {
      throw unordered(evaluation, a, b);
    }
    return operator.accepts(order.getAsInt());
  }

  private EvaluationException unordered(Evaluation evaluation, Object a, Object b) {
    Node culprit = left.variable().isPresent() || right.variable().isEmpty() ? left : right;
    String problem = "cannot order " + Values.describe(a) + " and " + Values.describe(b) + " with '"
        + operator.symbol() + "': both sides must be numbers (or numeric text) or both text"
        + culprit.variable().map(v -> " (" + v + ")").orElse("");
    return evaluation.fail(culprit, problem);
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    left.collectReferences(into);
    right.collectReferences(into);
  }
}
