package io.ariflow.flows.expr;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/** Test helpers: evaluate expressions and templates against small map scopes. */
final class Eval {

  private Eval() {
  }

  static Object eval(String expression) {
    return Expressions.parse(expression).evaluate(MapScope.of(Map.of()));
  }

  static Object eval(String expression, Map<String, ?> variables) {
    return Expressions.parse(expression).evaluate(MapScope.of(variables));
  }

  static Object eval(String expression, ZonedDateTime now) {
    return Expressions.parse(expression).evaluate(new MapScope(Map.of(), now));
  }

  static String render(String template, Map<String, ?> variables) {
    return Templates.parse(template).render(MapScope.of(variables));
  }

  static EvaluationException failure(String expression, Map<String, ?> variables) {
    return org.junit.jupiter.api.Assertions.assertThrows(EvaluationException.class,
        () -> eval(expression, variables));
  }

  static ExpressionException syntaxError(String expression) {
    return org.junit.jupiter.api.Assertions.assertThrows(ExpressionException.class,
        () -> Expressions.parse(expression));
  }

  /** A mutable map, which unlike Map.of may hold null values. */
  static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
