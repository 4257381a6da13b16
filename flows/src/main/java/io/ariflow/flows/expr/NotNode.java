package io.ariflow.flows.expr;

import java.util.List;

/**
 * {@code not x}: true when {@code x} is not truthy (see {@link Values#truthy}).
 *
 * @param operand the negated expression
 * @param position where {@code not} is
 */
record NotNode(Node operand, int position) implements Node {

  @Override
  public Object evaluate(Evaluation evaluation) {
    return !Values.truthy(operand.evaluate(evaluation));
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    operand.collectReferences(into);
  }
}
