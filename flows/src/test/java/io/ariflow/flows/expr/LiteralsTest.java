package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  @Test
  void quotes_may_be_single_or_double() {
    assertEquals("text", eval("'text'"));
    assertEquals("text", eval("\"text\""));
    assertEquals("it's", eval("\"it's\""));
    assertEquals("say \"hi\"", eval("'say \"hi\"'"));
    assertEquals("", eval("''"));
  }

  @Test
  void backslash_escapes_quotes_backslashes_and_control_characters() {
    assertEquals("it's", eval("'it\\'s'"));
    assertEquals("a\"b", eval("\"a\\\"b\""));
    assertEquals("a\\b", eval("'a\\\\b'"));
    assertEquals("a\nb\tc\rd", eval("'a\\nb\\tc\\rd'"));
    assertEquals("é", eval("'\\u00e9'"));
    assertEquals("${x}", eval("'${x}'"));
  }

  @Test
  void other_backslashes_are_kept_so_regular_expressions_read_naturally() {
    assertEquals("1\\d{3}", eval("'1\\d{3}'"));
    assertEquals("a\\.b", eval("'a\\.b'"));
  }

  @Test
  void numbers_are_whole_or_decimal() {
    assertEquals(42L, eval("42"));
    assertEquals(0L, eval("0"));
    assertEquals(7L, eval("007"));
    assertEquals(new BigDecimal("3.5"), eval("3.5"));
    assertEquals(new BigDecimal("-0.25"), eval("-0.25"));
    assertEquals("123456789012345678901234567890", Values.text(eval("123456789012345678901234567890")));
  }

  @Test
  void keywords_are_lower_case() {
    assertEquals(true, eval("true"));
    assertEquals(false, eval("false"));
    assertNull(eval("null"));
  }

  @Test
  void spaces_and_newlines_between_tokens_are_ignored() {
    assertEquals(true, eval("\n  1 +\t2\n== 3 "));
  }
}
