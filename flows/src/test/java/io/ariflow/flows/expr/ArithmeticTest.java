package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithmeticTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2 + 3          | 5
      2 - 3          | -1
      4 * 2.5        | 10
      7 / 2          | 3.5
      6 / 2          | 3
      10 / 3         | 3.333333333333333
      2 / 3          | 0.6666666666666667
      7 % 3          | 1
      -7 % 3         | -1
      7.5 % 2        | 1.5
      0.1 + 0.2      | 0.3
      1.10 + 2.20    | 3.3
      1.5 * 2        | 3
      0 - 0.5        | -0.5
      """)
  void computes_exact_decimals_and_renders_them_plainly(String expression, String expected) {
    assertEquals(expected, Values.text(eval(expression)));
  }

  @Test
  void whole_results_are_longs_and_fractions_are_big_decimals() {
    assertEquals(3L, eval("1.5 * 2"));
    assertEquals(3L, eval("3.0"));
    assertEquals(new BigDecimal("3.5"), eval("7 / 2"));
    assertEquals(4L, eval("tries + 1", Map.of("tries", 3)));
    assertEquals(4L, eval("tries + 1", Map.of("tries", 3.0d)));
    assertEquals(new BigDecimal("1.1"), eval("x", Map.of("x", 1.1d)));
  }

  @Test
  void overflowing_whole_numbers_continue_as_decimals() {
    assertEquals("9223372036854775808", Values.text(eval("9223372036854775807 + 1")));
    assertEquals("-9223372036854775809", Values.text(eval("-9223372036854775807 - 2")));
    assertEquals("85070591730234615847396907784232501249", Values.text(eval(
        "9223372036854775807 * 9223372036854775807")));
    assertEquals("9223372036854775808", Values.text(eval("-x", Map.of("x", Long.MIN_VALUE))));
    assertEquals("9223372036854775808", Values.text(eval("x / -1", Map.of("x", Long.MIN_VALUE))));
    assertEquals(0L, eval("x % -1", Map.of("x", Long.MIN_VALUE)));
  }

  @Test
  void numeric_text_counts_as_its_number_in_arithmetic() {
    Map<String, Object> scope = vars("digits", "42", "count", "3", "rate", "1.5");
    assertEquals(43L, eval("digits + 1", scope));
    assertEquals(45L, eval("digits + count", scope));
    assertEquals(39L, eval("digits - count", scope));
    assertEquals(new BigDecimal("4.5"), eval("count * rate", scope));
    assertEquals(14L, eval("digits / count", scope));
    assertEquals(0L, eval("digits % count", scope));
    assertEquals(-42L, eval("-digits", scope));
  }

  @Test
  void plus_joins_when_either_side_is_text_that_is_not_a_number() {
    Map<String, Object> scope = vars("name", "Ann", "room", 5, "ok", true, "digits", "104");
    assertEquals("room 5", eval("'room ' + room", scope));
    assertEquals("5 rooms", eval("room + ' rooms'", scope));
    assertEquals("Ann!", eval("name + '!'", scope));
    assertEquals("ok:true", eval("'ok:' + ok", scope));
    assertEquals("104#", eval("digits + '#'", scope));
    assertEquals("a1.5", eval("'a' + 1.5"));
    assertEquals("list [1,2]", eval("'list ' + l", Map.of("l", List.of(1, 2))));
  }

  @Test
  void plus_adds_when_both_sides_are_numbers_or_numeric_text() {
    assertEquals(113L, eval("'9' + '104'"));
    assertEquals(5L, eval("'2' + 3"));
    assertEquals("9104", eval("concat('9', '104')"));
    assertEquals("9104", Eval.render("${'9'}${'104'}", Map.of()));
  }

  @Test
  void text_that_only_resembles_a_number_is_joined() {
    assertEquals("+51", eval("'+5' + 1"));
    assertEquals(" 51", eval("' 5' + 1"));
    assertEquals("5.1", eval("'5.' + 1"));
    assertEquals("1e31", eval("'1e3' + 1"));
    assertEquals("1", eval("'' + 1"));
  }

  @Test
  void arithmetic_on_text_booleans_or_null_is_an_error() {
    assertTrue(Eval.failure("name - 1", vars("name", "Ann")).problem()
        .startsWith("'-' needs numbers, but name is text 'Ann'"));
    assertTrue(Eval.failure("ok * 2", vars("ok", true)).problem()
        .startsWith("'*' needs numbers, but ok is boolean true"));
    assertTrue(Eval.failure("tries + 1", vars("tries", null)).problem()
        .startsWith("'+' needs numbers or text, but tries is null"));
    assertTrue(Eval.failure("'x' + tries", vars("tries", null)).problem()
        .startsWith("'+' needs a value on both sides, but tries is null"));
    assertTrue(Eval.failure("1 + true", vars()).problem().startsWith("'+' needs numbers, but got boolean true"));
  }

  @Test
  void division_and_remainder_by_zero_are_errors_naming_the_divisor() {
    EvaluationException byVariable = Eval.failure("10 / n", vars("n", 0));
    assertEquals("division by zero: n is 0", byVariable.problem());
    assertEquals(5, byVariable.position());
    assertEquals("n", byVariable.variable().orElseThrow());
    assertEquals("division by zero: the right side of '%' is 0", Eval.failure("10 % (1 - 1)", vars()).problem());
    assertEquals("division by zero: n is 0", Eval.failure("1 / n", vars("n", "0.0")).problem());
  }
}
