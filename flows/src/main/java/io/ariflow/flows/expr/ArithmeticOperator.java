package io.ariflow.flows.expr;

import java.math.BigDecimal;

/**
 * The arithmetic operators on numbers of the model; whole operands stay exact Long arithmetic and fall back
 * to BigDecimal on overflow. Division by zero is checked by the caller, which can name the operand.
 */
enum ArithmeticOperator {
  PLUS("+") {
    @Override
    Object apply(Object a, Object b) {
      if (a instanceof Long x && b instanceof Long y) {
        long sum = x + y;
        if (((x ^ sum) & (y ^ sum)) >= 0) {
          return sum;
        }
      }
      return Numbers.of(Numbers.decimal(a).add(Numbers.decimal(b)));
    }
  },
  MINUS("-") {
    @Override
    Object apply(Object a, Object b) {
      return PLUS.apply(a, Numbers.negate(b));
    }
  },
  TIMES("*") {
    @Override
    Object apply(Object a, Object b) {
      if (a instanceof Long x && b instanceof Long y) {
        long high = Math.multiplyHigh(x, y);
        long low = x * y;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
          return low;
        }
      }
      return Numbers.of(Numbers.decimal(a).multiply(Numbers.decimal(b)));
    }
  },
  DIVIDE("/") {
    @Override
    Object apply(Object a, Object b) {
      if (a instanceof Long x && b instanceof Long y && x % y == 0) {
        return y == -1 ? Numbers.negate(x) : (Object) (x / y);
      }
      return Numbers.of(Numbers.decimal(a).divide(Numbers.decimal(b), Numbers.DIVISION));
    }
  },
  REMAINDER("%") {
    @Override
    Object apply(Object a, Object b) {
      if (a instanceof Long x && b instanceof Long y) {
        return y == -1 ? 0L : x % y;
      }
      BigDecimal remainder = Numbers.decimal(a).remainder(Numbers.decimal(b));
      return Numbers.of(remainder);
    }
  };

  private final String symbol;

  ArithmeticOperator(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }

  /** Whether the right operand must not be zero. */
  boolean divides() {
    return this == DIVIDE || this == REMAINDER;
  }

  abstract Object apply(Object a, Object b);
}
