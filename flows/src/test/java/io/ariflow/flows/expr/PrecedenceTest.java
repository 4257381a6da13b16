package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The precedence table, lowest first: or, and, not, comparisons, + -, * / %, unary minus, primary. */
class PrecedenceTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      true or false and false          | true
      (true or false) and false        | false
      false and true or true           | true
      not true or true                 | true
      not (true or true)               | false
      not false and false              | false
      not 1 == 2                       | true
      not 1 + 1 == 2                   | false
      1 + 2 == 3 and 2 * 3 == 6        | true
      1 < 2 == true                    | 'chained'
      1 + 2 * 3                        | 7
      (1 + 2) * 3                      | 9
      10 - 4 - 3                       | 3
      10 - (4 - 3)                     | 9
      100 / 10 / 2                     | 5
      2 * 3 % 4                        | 2
      2 + 7 % 4                        | 5
      -2 * 3                           | -6
      - (2 + 3) * 2                    | -10
      -2 + 3                           | 1
      2 - -3                           | 5
      - - 4                            | 4
      1 + 2 < 4                        | true
      2 * 3 >= 6 or 1 / 0 == 0         | true
      'a' + 'b' == 'ab'                | true
      """)
  void binds_operators_in_table_order(String expression, String expected) {
    if ("'chained'".equals(expected)) {
      Eval.syntaxError(expression);
      return;
    }
    assertEquals(expected, Values.text(eval(expression)));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      -a.b             | -5
      -a['b'] * 2      | -10
      len(s) + 1       | 4
      -len(s)          | -3
      not empty(s)     | true
      """)
  void unary_minus_and_not_apply_to_whole_primaries(String expression, String expected) {
    assertEquals(expected, Values.text(eval(expression,
        java.util.Map.of("a", java.util.Map.of("b", 5), "s", "abc"))));
  }
}
