package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFunctionsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      number('42')           | 42
      number(' 42 ')         | 42
      number('-3.50')        | -3.5
      number('007')          | 7
      number(12)             | 12
      number('7') + 1        | 8
      round(2.5)             | 3
      round(-2.5)            | -3
      round(2.4)             | 2
      round('2.5')           | 3
      round(1.234, 2)        | 1.23
      round(1.235, 2)        | 1.24
      round(1.2, 3)          | 1.2
      round(7, 2)            | 7
      floor(2.9)             | 2
      floor(-2.1)            | -3
      floor(5)               | 5
      ceil(2.1)              | 3
      ceil(-2.9)             | -2
      abs(-4.5)              | 4.5
      abs(3)                 | 3
      min(3, 2)              | 2
      min(3, 2.5, 7)         | 2.5
      max(3, '10')           | 10
      max(-1, -2)            | -1
      min('9', '10')         | 9
      """)
  void number_functions(String expression, String expected) {
    assertEquals(expected, Values.text(eval(expression)));
  }

  @Test
  void number_rejects_text_that_is_not_a_number() {
    assertEquals("number() needs a number or numeric text such as '42' or '-3.5', but x is text '12abc'",
        Eval.failure("number(x)", vars("x", "12abc")).problem());
    Eval.failure("number(true)", vars());
    Eval.failure("number(x)", vars("x", null));
    Eval.failure("number('')", vars());
  }

  @Test
  void rounding_keeps_zero_to_twelve_digits() {
    assertEquals("round() keeps 0 to 12 digits, not -1", Eval.failure("round(1.5, -1)", vars()).problem());
    Eval.failure("round(1.5, 13)", vars());
  }

  @Test
  void min_and_max_need_numbers() {
    assertEquals("max() needs a number, but name is text 'Ann'",
        Eval.failure("max(1, name)", vars("name", "Ann")).problem());
  }
}
