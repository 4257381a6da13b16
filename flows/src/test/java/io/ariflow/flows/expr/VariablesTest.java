package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariablesTest {

  private static final Map<String, Object> SCOPE = vars(
      "call", Map.of("caller", Map.of("number", "+33123", "name", "Ann"), "extension", "104"),
      "steps", Map.of(
          "lookup", Map.of("status", 200, "body", Map.of("tier", "gold", "items", List.of(
              Map.of("name", "first"), Map.of("name", "second")), "key with space", "yes")),
          "main-menu", Map.of("digits", "2")),
      "tries", 2,
      "i", 1,
      "k", "tier",
      "matrix", List.of(List.of(1, 2), List.of(3, 4)));

  @Test
  void reads_dotted_paths() {
    assertEquals("+33123", eval("call.caller.number", SCOPE));
    assertEquals(200L, eval("steps.lookup.status", SCOPE));
    assertEquals(2L, eval("tries", SCOPE));
  }

  @Test
  void reads_list_elements_and_keys_in_brackets() {
    assertEquals("second", eval("steps.lookup.body.items[1].name", SCOPE));
    assertEquals("first", eval("steps.lookup.body.items.0.name", SCOPE));
    assertEquals("second", eval("steps.lookup.body.items[-1].name", SCOPE));
    assertEquals("gold", eval("steps.lookup.body['tier']", SCOPE));
    assertEquals("gold", eval("steps.lookup[\"body\"].tier", SCOPE));
    assertEquals("yes", eval("steps.lookup.body['key with space']", SCOPE));
    assertEquals(4L, eval("matrix[1][1]", SCOPE));
  }

  @Test
  void computes_keys_and_indexes_from_expressions() {
    assertEquals("second", eval("steps.lookup.body.items[i].name", SCOPE));
    assertEquals("first", eval("steps.lookup.body.items[i - 1].name", SCOPE));
    assertEquals("gold", eval("steps.lookup.body[k]", SCOPE));
    assertEquals(3L, eval("matrix[i][i - 1]", SCOPE));
    assertEquals("gold", eval("(steps.lookup.body)['tier']", SCOPE));
  }

  @Test
  void names_after_a_dot_may_contain_hyphens_before_a_letter() {
    assertEquals("2", eval("steps.main-menu.digits", SCOPE));
    assertEquals(1L, eval("tries-1", SCOPE));
    assertEquals(2L, eval("steps['main-menu'].digits + 0", SCOPE));
  }

  @Test
  void anything_missing_along_a_path_reads_as_null() {
    assertNull(eval("nothing", SCOPE));
    assertNull(eval("call.caller.email", SCOPE));
    assertNull(eval("steps.never.ran.field", SCOPE));
    assertNull(eval("steps.lookup.body.items[5].name", SCOPE));
    assertNull(eval("steps.lookup.body.items['x']", SCOPE));
    assertNull(eval("call.extension.length", SCOPE));
    assertNull(eval("steps.lookup.body.items[i + 10]", SCOPE));
    assertNull(eval("nothing[0]", SCOPE));
  }

  @Test
  void present_null_values_read_as_null() {
    assertNull(eval("a.b", vars("a", vars("b", null))));
  }

  @Test
  void a_computed_index_must_be_text_or_a_whole_number() {
    EvaluationException error = Eval.failure("matrix[flag]", vars("matrix", List.of(1), "flag", true));
    assertEquals("an index needs text or a whole number, but flag is boolean true", error.problem());
    assertEquals(7, error.position());
    Eval.failure("matrix[n]", vars("matrix", List.of(1), "n", null));
  }

  @Test
  void numbers_of_any_java_type_enter_as_longs_or_decimals() {
    Map<String, Object> scope = vars("i", 1, "s", (short) 2, "b", (byte) 3, "f", 1.5f,
        "big", new java.math.BigInteger("12345678901234567890"));
    assertEquals(1L, eval("i", scope));
    assertEquals(2L, eval("s", scope));
    assertEquals(3L, eval("b", scope));
    assertEquals(new java.math.BigDecimal("1.5"), eval("f", scope));
    assertEquals("12345678901234567891", Values.text(eval("big + 1", scope)));
  }

  @Test
  void foreign_objects_read_as_their_text() {
    assertEquals("MONDAY", eval("d", vars("d", java.time.DayOfWeek.MONDAY)));
  }
}
