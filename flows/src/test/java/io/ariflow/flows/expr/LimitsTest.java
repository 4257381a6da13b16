package io.ariflow.flows.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile or generated input fails with a parse error instead of exhausting the stack. */
class LimitsTest {

  private static Object eval(String source) {
    return Expressions.parse(source).evaluate(MapScope.of(Map.of()));
  }

  @Test
  void accepts_nesting_up_to_the_limit() {
    int depth = Parser.MAX_NESTING - 1;
    assertEquals(1L, eval("(".repeat(depth) + "1" + ")".repeat(depth)));
  }

  @Test
  void rejects_deeper_nesting_at_the_first_level_too_many() {
    String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
    ExpressionException error = assertThrows(ExpressionException.class, () -> Expressions.parse(deep));
    assertEquals("the expression nests more than 64 levels deep: simplify it", error.message());
    assertEquals(Parser.MAX_NESTING, error.position());
    assertThrows(ExpressionException.class, () -> Expressions.parse("not ".repeat(100_000) + "x"));
    assertThrows(ExpressionException.class, () -> Expressions.parse("-".repeat(100_000) + "1"));
    assertThrows(ExpressionException.class, () -> Expressions.parse("len(".repeat(100) + "x" + ")".repeat(100)));
  }

  @Test
  void accepts_long_chains_up_to_the_operation_limit() {
    assertEquals((long) Parser.MAX_OPERATIONS + 1, eval("1" + " + 1".repeat(Parser.MAX_OPERATIONS)));
  }

  @Test
  void rejects_longer_chains() {
    ExpressionException error = assertThrows(ExpressionException.class,
        () -> Expressions.parse("1" + " + 1".repeat(100_000)));
    assertEquals("the expression has more than 1000 operations: split it over several steps", error.message());
    assertThrows(ExpressionException.class, () -> Expressions.parse("a" + ".b".repeat(2000)));
  }
}
