package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run-time failures name the expression, the position of the failing part and the variable involved. */
class EvaluationErrorsTest {

  @Test
  void null_where_a_number_is_needed_names_the_variable_and_suggests_a_default() {
    EvaluationException error = Eval.failure("steps.lookup.body.count * 2", vars());
    assertEquals("'*' needs numbers, but steps.lookup.body.count is null; use default(steps.lookup.body.count,"
        + " ...) when it may have no value", error.problem());
    assertEquals("steps.lookup.body.count * 2", error.expression());
    assertEquals(0, error.position());
    assertEquals("steps.lookup.body.count", error.variable().orElseThrow());
    assertEquals(error.problem() + " (at 0 in \"steps.lookup.body.count * 2\")", error.getMessage());
  }

  @Test
  void the_position_is_the_failing_operand() {
    EvaluationException error = Eval.failure("1 + 2 * (3 - name)", vars("name", "Ann"));
    assertEquals(13, error.position());
    assertEquals("name", error.variable().orElseThrow());
  }

  @Test
  void a_computed_access_names_the_whole_path_as_written() {
    EvaluationException error = Eval.failure("items[i].price + 1",
        vars("items", List.of(Map.of("name", "x")), "i", 0));
    assertEquals("items[i].price", error.variable().orElseThrow());
    assertEquals(0, error.position());
  }

  @Test
  void values_that_are_not_variables_are_described_without_a_name() {
    EvaluationException error = Eval.failure("upper('a') - 1", vars());
    assertEquals("'-' needs numbers, but got text 'A'", error.problem());
    assertFalse(error.variable().isPresent());
  }

  @Test
  void long_text_is_shortened_in_messages() {
    EvaluationException error = Eval.failure("t - 1", vars("t", "x".repeat(100)));
    assertEquals("'-' needs numbers, but t is text '" + "x".repeat(40) + "...'", error.problem());
  }

  @Test
  void a_function_failure_points_at_its_argument() {
    EvaluationException error = Eval.failure("len(x) + len(y)", vars("x", "ab"));
    assertEquals(13, error.position());
    assertEquals("y", error.variable().orElseThrow());
    assertEquals("len() needs text, but y is null; use default(y, ...) when it may have no value",
        error.problem());
  }

  @Test
  void non_finite_numbers_from_the_scope_read_as_text_and_fail_arithmetic() {
    assertEquals("'-' needs numbers, but x is text 'NaN'", Eval.failure("x - 1", vars("x", Double.NaN)).problem());
    assertEquals("Infinity", Eval.eval("string(x)", vars("x", Double.POSITIVE_INFINITY)));
  }
}
