package io.ariflow.flows.expr;

import java.util.List;

/**
 * A literal written in the expression: text, a number of the model, true, false or null.
 *
 * @param value the literal's value
 * @param position where it is written
 */
record LiteralNode(Object value, int position) implements Node {

  @Override
  public Object evaluate(Evaluation evaluation) {
    return value;
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    // a literal reads no variable
  }
}
