package io.ariflow.flows.expr;

import java.util.List;

/**
 * {@code a or b}: a boolean; {@code b} is not evaluated when {@code a} is truthy.
 *
 * @param left first operand
 * @param right second operand
 * @param position where {@code or} is
 */
record OrNode(Node left, Node right, int position) implements Node {

  @Override
  public Object evaluate(Evaluation evaluation) {
    return Values.truthy(left.evaluate(evaluation)) || Values.truthy(right.evaluate(evaluation));
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    left.collectReferences(into);
    right.collectReferences(into);
  }
}
