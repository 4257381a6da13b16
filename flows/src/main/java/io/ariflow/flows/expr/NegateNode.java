package io.ariflow.flows.expr;

import java.util.List;

/**
 * Unary minus; numeric-looking text counts as its number.
 *
 * @param operand the negated expression
 * @param position where the minus is
 */
record NegateNode(Node operand, int position) implements Node {

  @Override
  public Object evaluate(Evaluation evaluation) {
    Object value = operand.evaluate(evaluation);
    return Numbers.negate(evaluation.number(operand, value, "'-' needs a number"));
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    operand.collectReferences(into);
  }
}
