package io.ariflow.flows.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every parse error: its message (how to fix it) and its 0-based position. */
class SyntaxErrorsTest {

  @ParameterizedTest(name = "{0} -> {2} at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ""                    | 0  | the expression is empty: write a value, a variable or a condition
      "   "                 | 3  | the expression is empty: write a value, a variable or a condition
      upper(x              | 7  | expected ',' or ')' to close 'upper(' at 5 but found the end
      (a + b               | 6  | expected ')' to close '(' at 0 but found the end
      len(1) + (2 * (3 + 4) | 21 | expected ')' to close '(' at 9 but found the end
      (2 * (3 + 4)         | 12 | expected ')' to close '(' at 0 but found the end
      items[0              | 7  | expected ']' to close '[' at 5 but found the end
      uper(name)           | 0  | unknown function 'uper'; did you mean 'upper'?
      startswith(a, 'b')   | 0  | unknown function 'startswith'; did you mean 'startsWith'?
      ln(a)                | 0  | unknown function 'ln'; did you mean 'len'?
      x + upper(a, b)      | 4  | upper() takes 1 argument, not 2: upper(s)
      substr(a)            | 0  | substr() takes 2 or 3 arguments, not 1: substr(s, start[, len])
      hour(1)              | 0  | hour() takes 0 arguments, not 1: hour()
      min(1)               | 0  | min() takes at least 2 arguments, not 1: min(a, b, ...)
      replace(a)           | 0  | replace() takes 3 arguments, not 1: replace(s, old, new)
      'abc                 | 0  | unterminated string: add the closing '
      a == "abc            | 5  | unterminated string: add the closing \"
      1 +                  | 3  | expected a value after '+' but nothing follows
      1 + * 2              | 4  | expected a value after '+' but found '*'
      f(                   | 0  | unknown function 'f'; the functions are: abs, ceil, concat, contains, date, default, empty, endsWith, floor, hour, len, lower, matches, max, min, minute, number, replace, round, startsWith, string, substr, trim, upper, weekday
      len(a,)              | 6  | expected a value after ',' but found ')'
      a b                  | 2  | unexpected 'b' after a complete expression; is an operator such as 'and', '+' or '==' missing?
      1 2                  | 2  | unexpected number 2 after a complete expression; is an operator such as 'and', '+' or '==' missing?
      a)                   | 1  | unexpected ')' without a matching '('
      a]                   | 1  | unexpected ']' without a matching '['
      a }                  | 2  | unexpected '}' without a matching '${'
      a = 1                | 2  | use '==' to compare; a single '=' is not an operator
      a && b               | 2  | use 'and' instead of '&&'
      a & b                | 2  | use 'and' instead of '&'
      !a                   | 0  | use 'not' instead of '!'
      a # b                | 2  | unexpected character '#'
      a ; b                | 2  | unexpected character ';'
      1 < a < 3            | 6  | comparisons cannot be chained: write 'a < b and b < c'
      a == b != c          | 7  | comparisons cannot be chained: write 'a < b and b < c'
      a.                   | 2  | expected a name after '.'
      a. b                 | 2  | expected a name after '.'
      a.-b                 | 2  | expected a name after '.'
      1.                   | 1  | a number needs digits after '.': write 1.0 or 1
      1.x                  | 1  | a number needs digits after '.': write 1.0 or 1
      3abc                 | 0  | a name cannot start with a digit: '3abc'
      a.upper()            | 2  | write upper(a), not a.upper()
      call.caller.name()   | 12 | 'call.caller.name' is a variable, not a function: functions are called by name, e.g. upper(x)
      True                 | 0  | write 'true' in lower case
      a AND b              | 2  | write 'and' in lower case
      1 + not a            | 4  | 'not' applies to a whole condition here: write (not x)
      a[true]              | 2  | an index must be text or a whole number, not boolean true
      a[1.5]               | 2  | an index must be text or a whole number, not number 1.5
      a[null]              | 2  | an index must be text or a whole number, not null
      '\\u12'              | 1  | '\\u' needs four hex digits, e.g. \\u00e9
      '\\uzzzz'            | 1  | '\\u' needs four hex digits, e.g. \\u00e9
      """)
  void reports_what_to_write_instead_at_the_offending_position(String source, int position, String message) {
    ExpressionException error = assertThrows(ExpressionException.class, () -> Expressions.parse(source));
    assertEquals(message, error.message());
    assertEquals(position, error.position());
    assertEquals(source, error.source());
  }

  @Test
  void the_exception_message_carries_the_position_and_the_source() {
    ExpressionException error = assertThrows(ExpressionException.class, () -> Expressions.parse("uper(x)"));
    assertEquals("unknown function 'uper'; did you mean 'upper'? (at 0 in \"uper(x)\")", error.getMessage());
  }

  @Test
  void c_style_or_is_answered_with_the_keyword() {
    ExpressionException error = assertThrows(ExpressionException.class, () -> Expressions.parse("a || b"));
    assertEquals("use 'or' instead of '||'", error.message());
    assertEquals(2, error.position());
    assertEquals("use 'or' instead of '|'", assertThrows(ExpressionException.class,
        () -> Expressions.parse("a | b")).message());
  }

  @Test
  void the_first_error_wins() {
    ExpressionException error = assertThrows(ExpressionException.class, () -> Expressions.parse("uper(a) && b"));
    assertTrue(error.message().startsWith("unknown function 'uper'"));
  }

  @Test
  void positions_count_from_the_start_of_a_multi_line_expression() {
    ExpressionException error = assertThrows(ExpressionException.class,
        () -> Expressions.parse("a == 1\n  and uper(b)"));
    assertEquals(13, error.position());
  }
}
