package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthinessTest {

  private static boolean test(String expression, Map<String, ?> scope) {
    return Expressions.parse(expression).test(MapScope.of(scope));
  }

  @Test
  void null_false_empty_text_zero_and_empty_collections_are_false() {
    Map<String, Object> scope = vars("n", null, "f", false, "s", "", "z", 0, "d", 0.0d, "b", BigDecimal.ZERO,
        "l", List.of(), "m", Map.of());
    for (String name : scope.keySet()) {
      assertFalse(test(name, scope), name);
    }
    assertFalse(test("missing", scope));
  }

  @Test
  void everything_else_is_true_including_the_texts_0_and_false() {
    Map<String, Object> scope = vars("t", true, "zero", "0", "no", "false", "space", " ", "one", 1,
        "small", 0.001d, "l", List.of(0), "m", Map.of("k", 0));
    for (String name : scope.keySet()) {
      assertTrue(test(name, scope), name);
    }
  }

  @Test
  void logical_operators_return_booleans() {
    assertEquals(true, eval("'x' and 1"));
    assertEquals(false, eval("'x' and ''"));
    assertEquals(true, eval("0 or 'y'"));
    assertEquals(false, eval("0 or null"));
    assertEquals(true, eval("not ''"));
    assertEquals(false, eval("not not 0"));
  }

  @Test
  void and_and_or_skip_the_right_side_once_the_answer_is_known() {
    Map<String, Object> scope = vars("n", 0);
    assertEquals(false, eval("n != 0 and 10 / n > 1", scope));
    assertEquals(true, eval("n == 0 or 10 / n > 1", scope));
    assertEquals(false, eval("false and missing > 1", scope));
    Eval.failure("n == 0 and 10 / n > 1", scope);
  }
}
