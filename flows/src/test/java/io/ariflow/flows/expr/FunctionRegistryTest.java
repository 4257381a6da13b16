package io.ariflow.flows.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {

  @Test
  void the_standard_registry_has_every_documented_function() {
    List<String> documented = List.of("len", "upper", "lower", "trim", "substr", "contains", "startsWith",
        "endsWith", "replace", "matches", "number", "string", "default", "empty", "round", "floor", "min", "max",
        "hour", "minute", "weekday", "date");
    assertTrue(FunctionRegistry.standard().names().containsAll(documented));
  }

  @Test
  void custom_functions_extend_a_copy() {
    FunctionRegistry extended = FunctionRegistry.standard()
        .with(FunctionDef.of("twice(x)", 1, 1, a -> a.decimal(0).multiply(java.math.BigDecimal.valueOf(2))));
    assertEquals(8L, Expressions.parse("twice(4)", extended).evaluate(MapScope.of(Map.of())));
    assertEquals("2", Templates.parse("${twice(1)}", extended).render(MapScope.of(Map.of())));
    assertTrue(FunctionRegistry.standard().find("twice").isEmpty());
    assertThrows(ExpressionException.class, () -> Expressions.parse("twice(4)"));
  }

  @Test
  void a_name_cannot_be_registered_twice() {
    assertThrows(IllegalArgumentException.class,
        () -> FunctionRegistry.standard().with(FunctionDef.of("len(x)", 1, 1, a -> 0L)));
  }

  @Test
  void arity_is_described_in_words() {
    assertEquals("1 argument", FunctionDef.of("f(x)", 1, 1, a -> null).arity());
    assertEquals("0 arguments", FunctionDef.of("f()", 0, 0, a -> null).arity());
    assertEquals("2 or 3 arguments", FunctionDef.of("f(a, b[, c])", 2, 3, a -> null).arity());
    assertEquals("1 to 3 arguments", FunctionDef.of("f(a[, b, c])", 1, 3, a -> null).arity());
    assertEquals("at least 2 arguments", FunctionDef.of("f(a, b, ...)", 2, Integer.MAX_VALUE, a -> null).arity());
    assertThrows(IllegalArgumentException.class, () -> FunctionDef.of("f()", 2, 1, a -> null));
  }

  @Test
  void binders_run_once_at_parse_time() {
    int[] binds = {0};
    FunctionRegistry counting = FunctionRegistry.standard().with(FunctionDef.bound("counted()", 0, 0, args -> {
      binds[0]++;
      return a -> "ok";
    }));
    Expression expression = Expressions.parse("counted() + counted()", counting);
    for (int i = 0; i < 5; i++) {
      expression.evaluate(MapScope.of(Map.of()));
    }
    assertEquals(2, binds[0]);
  }

  @Test
  void suggestions_ignore_case_then_allow_two_edits() {
    FunctionRegistry registry = FunctionRegistry.standard();
    assertEquals("endsWith", registry.suggest("ENDSWITH").orElseThrow());
    assertEquals("upper", registry.suggest("uppr").orElseThrow());
    assertEquals("default", registry.suggest("defualt").orElseThrow());
    assertTrue(registry.suggest("somethingelse").isEmpty());
  }
}
