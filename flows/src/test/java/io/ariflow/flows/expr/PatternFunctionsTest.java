package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PatternFunctionsTest {

  @Test
  void matches_the_whole_text() {
    assertEquals(true, eval("matches(d, '1\\d{3}')", vars("d", "1234")));
    assertEquals(false, eval("matches(d, '1\\d{3}')", vars("d", "12345")));
    assertEquals(false, eval("matches(d, '\\d')", vars("d", "a1b")));
    assertEquals(true, eval("matches(d, '.*1.*')", vars("d", "a1b")));
    assertEquals(true, eval("matches(n, '[0-9]+')", vars("n", 42)));
    assertEquals(true, eval("matches('+33 1 23', '\\+33[ 0-9]*')", vars()));
  }

  @Test
  void a_bad_pattern_is_a_parse_error_at_the_pattern() {
    ExpressionException error = Eval.syntaxError("matches(x, '[0-9')");
    assertTrue(error.message().startsWith("invalid regex '[0-9': Unclosed character class"), error.message());
    assertEquals(11, error.position());
  }

  @Test
  void the_pattern_must_be_a_literal() {
    ExpressionException error = Eval.syntaxError("matches(x, pattern)");
    assertEquals("matches() needs its regex as a quoted literal, so it can be checked when the flow loads:"
        + " matches(s, regex)", error.message());
    assertEquals(11, error.position());
  }

  @Test
  void matching_null_is_an_error_naming_the_variable() {
    assertEquals("x", Eval.failure("matches(x, 'a')", vars()).variable().orElseThrow());
  }
}
