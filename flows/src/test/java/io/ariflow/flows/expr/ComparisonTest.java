package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      1 == 1                | true
      1 == 1.0              | true
      1 != 2                | true
      2 < 10                | true
      2 <= 2                | true
      3 > 2.5               | true
      3 >= 3.0              | true
      -1 < 0                | true
      '10' > '9'            | true
      '10' > 9              | true
      10 > '9'              | true
      '007' < '10'          | true
      '-5' < '-4.5'         | true
      '1.50' >= 1.5         | true
      'apple' < 'banana'    | true
      'Zebra' < 'apple'     | true
      '09:30' < '17:00'     | true
      '10a' < '9a'          | true
      '' < 'a'              | true
      """)
  void orders_numbers_numerically_and_other_text_by_character(String expression, boolean expected) {
    assertEquals(expected, eval(expression));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      '1' == 1            | true
      1 == '1'            | true
      '01' == 1           | true
      '1.0' == 1          | true
      '007' == '7'        | false
      '1.0' == '1'        | false
      'abc' == 'abc'      | true
      'abc' == 'ABC'      | false
      'abc' == 1          | false
      true == true        | true
      true == 'true'      | false
      true == 1           | false
      false == 0          | false
      null == null        | true
      null == ''          | false
      null != 0           | true
      '' == ''            | true
      """)
  void equality_compares_text_as_typed_and_numbers_by_value(String expression, boolean expected) {
    assertEquals(expected, eval(expression));
  }

  @Test
  void digits_collected_from_the_caller_compare_with_numbers_and_pins() {
    Map<String, Object> scope = vars("digits", "0042", "pin", "0042", "amount", "150");
    assertEquals(true, eval("digits == 42", scope));
    assertEquals(true, eval("digits == pin", scope));
    assertEquals(false, eval("digits == '42'", scope));
    assertEquals(true, eval("amount > 99", scope));
    assertEquals(true, eval("amount > '99'", scope));
  }

  @Test
  void a_missing_variable_equals_null_and_nothing_else() {
    Map<String, Object> scope = vars();
    assertEquals(true, eval("missing == null", scope));
    assertEquals(false, eval("missing == ''", scope));
    assertEquals(true, eval("missing != 0", scope));
  }

  @Test
  void lists_and_maps_compare_by_content() {
    Map<String, Object> scope = vars("a", List.of(1, "x"), "b", List.of(1L, "x"), "c", List.of("1", "x"), "d", List.of(1),
        "m", Map.of("k", 1), "n", Map.of("k", 1.0d));
    assertEquals(true, eval("a == b", scope));
    assertEquals(true, eval("a == c", scope));
    assertEquals(false, eval("a == d", scope));
    assertEquals(true, eval("m == n", scope));
    assertEquals(false, eval("a == m", scope));
  }

  @Test
  void ordering_against_null_fails_naming_the_variable() {
    EvaluationException error = Eval.failure("tries > 2", vars("tries", null));
    assertEquals("'>' needs a value on both sides, but tries is null; use default(tries, ...) when it may have"
        + " no value", error.problem());
    assertEquals("tries", error.variable().orElseThrow());
    assertEquals(0, error.position());
    assertEquals(4, Eval.failure("2 < tries", vars()).position());
  }

  @Test
  void ordering_values_that_have_no_order_fails() {
    EvaluationException mixed = Eval.failure("name < 5", vars("name", "Ann"));
    assertEquals("cannot order text 'Ann' and number 5 with '<': both sides must be numbers (or numeric text)"
        + " or both text (name)", mixed.problem());
    assertEquals("name", mixed.variable().orElseThrow());
    Eval.failure("true < false", vars());
    Eval.failure("l <= l", vars("l", List.of()));
    Eval.failure("5 > name", vars("name", "Ann"));
  }
}
