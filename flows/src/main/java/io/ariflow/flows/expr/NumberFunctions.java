package io.ariflow.flows.expr;

import java.util.List;

/**
 * Number functions; numeric-looking text counts as its number, and results are numbers of the model
 * (Long when whole, BigDecimal otherwise).
 */
final class NumberFunctions {

  private static final int MAX_DIGITS = 12;

  private NumberFunctions() {
  }

  static List<FunctionDef> all() {
    return List.of(
        FunctionDef.of("number(x)", 1, 1, NumberFunctions::number),
        FunctionDef.of("round(x[, digits])", 1, 2, NumberFunctions::round),
        FunctionDef.of("floor(x)", 1, 1, a -> Numbers.floor(a.number(0))),
        FunctionDef.of("ceil(x)", 1, 1, a -> Numbers.ceil(a.number(0))),
        FunctionDef.of("abs(x)", 1, 1, a -> Numbers.of(a.decimal(0).abs())),
        FunctionDef.of("min(a, b, ...)", 2, Integer.MAX_VALUE, a -> extreme(a, -1)),
        FunctionDef.of("max(a, b, ...)", 2, Integer.MAX_VALUE, a -> extreme(a, 1)));
  }

  /** Numbers pass through; text must look like a number once surrounding spaces are removed. */
  private static Object number(Arguments a) {
    if (Numbers.isNumber(a.value(0))) {
      return a.value(0);
    }
    if (a.value(0) instanceof String s && Numbers.looksNumeric(s.strip())) {
      return Numbers.parse(s.strip());
    }
    throw a.wrongValue(0, "a number or numeric text such as '42' or '-3.5'");
  }

  /** Half away from zero: round(2.5) is 3, round(-2.5) is -3, round(1.234, 2) is 1.23. */
  private static Object round(Arguments a) {
    long digits = a.size() == 2 ? a.whole(1) : 0;
    if (digits < 0 || digits > MAX_DIGITS) {
      throw a.fail(1, "round() keeps 0 to " + MAX_DIGITS + " digits, not " + digits);
    }
    return Numbers.round(a.number(0), (int) digits);
  }

  private static Object extreme(Arguments a, int sign) {
    Object best = a.number(0);
    for (int i = 1; i < a.size(); i++) {
      Object candidate = a.number(i);
      if (Integer.signum(Numbers.compare(candidate, best)) == sign) {
        best = candidate;
      }
    }
    return best;
  }
}
