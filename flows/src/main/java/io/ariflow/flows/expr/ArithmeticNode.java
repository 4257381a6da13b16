package io.ariflow.flows.expr;

import java.util.List;

/**
 * {@code + - * / %}. {@code +} joins text when either side is a string that does not look like a number
 * ({@code 'room ' + 5} is {@code "room 5"}); otherwise every operator needs numbers, and numeric-looking
 * strings count as their number ({@code '2' + 3} is {@code 5}).
 *
 * @param operator the operator
 * @param left left operand
 * @param right right operand
 * @param position where the operator is
 */
record ArithmeticNode(ArithmeticOperator operator, Node left, Node right, int position) implements Node {

  @Override
  public Object evaluate(Evaluation evaluation) {
    Object a = left.evaluate(evaluation);
    Object b = right.evaluate(evaluation);
    if (operator == ArithmeticOperator.PLUS && (isPlainText(a) || isPlainText(b))) {
      return join(evaluation, a, b);
    }
    String needs = "'" + operator.symbol() + "' needs numbers";
    Object x = evaluation.number(left, a, needs + (operator == ArithmeticOperator.PLUS ? " or text" : ""));
    Object y = evaluation.number(right, b, needs);
    if (operator.divides() && Numbers.isZero(y)) {
      throw evaluation.fail(right, "division by zero: " + right.variable().map(v -> v + " is 0").orElse(
          "the right side of '" + operator.symbol() + "' is 0"));
    }
    return operator.apply(x, y);
  }

  private Object join(Evaluation evaluation, Object a, Object b) {
    if (a == null) {
      throw evaluation.wrongValue(left, null, "'+' needs a value on both sides");
    }
    if (b == null) {
      throw evaluation.wrongValue(right, null, "'+' needs a value on both sides");
    }
    return Values.text(a) + Values.text(b);
  }

  private static boolean isPlainText(Object value) {
    return value instanceof String s && !Numbers.looksNumeric(s);
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    left.collectReferences(into);
    right.collectReferences(into);
  }
}
