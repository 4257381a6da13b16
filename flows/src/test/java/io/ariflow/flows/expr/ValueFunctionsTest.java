package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueFunctionsTest {

  private static final Map<String, Object> SCOPE = vars("n", null, "s", "", "z", 0, "name", "Ann",
      "l", List.of(), "m", Map.of(), "full", List.of(1), "price", 2.50d, "flag", false);

  @Test
  void default_replaces_null_and_empty_text_only() {
    assertEquals("unknown", eval("default(n, 'unknown')", SCOPE));
    assertEquals("unknown", eval("default(missing.deeply.nested, 'unknown')", SCOPE));
    assertEquals("unknown", eval("default(s, 'unknown')", SCOPE));
    assertEquals(0L, eval("default(z, 5)", SCOPE));
    assertEquals(false, eval("default(flag, true)", SCOPE));
    assertEquals("Ann", eval("default(name, 'unknown')", SCOPE));
    assertEquals(1L, eval("default(n, 0) + 1", SCOPE));
  }

  @Test
  void empty_is_true_for_null_empty_text_and_empty_collections() {
    assertEquals(true, eval("empty(n)", SCOPE));
    assertEquals(true, eval("empty(missing)", SCOPE));
    assertEquals(true, eval("empty(s)", SCOPE));
    assertEquals(true, eval("empty(l)", SCOPE));
    assertEquals(true, eval("empty(m)", SCOPE));
    assertEquals(false, eval("empty(z)", SCOPE));
    assertEquals(false, eval("empty(flag)", SCOPE));
    assertEquals(false, eval("empty(full)", SCOPE));
    assertEquals(false, eval("empty(' ')", SCOPE));
  }

  @Test
  void string_gives_the_text_form_of_any_value() {
    assertEquals("", eval("string(n)", SCOPE));
    assertEquals("2.5", eval("string(price)", SCOPE));
    assertEquals("3", eval("string(1.5 * 2)", SCOPE));
    assertEquals("false", eval("string(flag)", SCOPE));
    assertEquals("[1]", eval("string(full)", SCOPE));
    assertEquals("{}", eval("string(m)", SCOPE));
    assertEquals("Ann", eval("string(name)", SCOPE));
  }
}
