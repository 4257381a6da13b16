package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFunctionsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      len('hello')                       | 5
      len('')                            | 0
      len(12345)                         | 5
      upper('Hello é')                   | HELLO É
      lower('HeLLo')                     | hello
      trim('  a b  ')                    | a b
      substr('abcdef', 2)                | cdef
      substr('abcdef', 2, 3)             | cde
      substr('abcdef', 0, 0)             | ""
      substr('abcdef', -2)               | ef
      substr('abcdef', -10, 2)           | ab
      substr('abcdef', 4, 100)           | ef
      substr('abcdef', 10)               | ""
      substr(33123456, 0, 2)             | 33
      substr('abc', 1, 9223372036854775807) | bc
      substr('abc', -9223372036854775807)   | abc
      contains('support line', 'port')   | true
      contains('support line', 'sales') | false
      contains(104, 0)                   | true
      startsWith('+33123', '+33')        | true
      startsWith('+33123', '33')         | false
      endsWith('file.wav', '.wav')       | true
      endsWith('file.wav', '.gsm')       | false
      replace('a-b-c', '-', '.')         | a.b.c
      replace('a-b-c', '', '.')          | a-b-c
      replace('a.b', '.', '')            | ab
      replace('1+1', '+', '\\\\')        | 1\\1
      concat('9', '104')                 | 9104
      concat('a', 1, true, 2.5)          | a1true2.5
      """)
  void text_functions(String expression, String expected) {
    assertEquals(expected, Values.text(eval(expression)));
  }

  @Test
  void len_counts_list_and_map_entries() {
    Map<String, Object> scope = vars("l", List.of(1, 2, 3), "m", Map.of("a", 1));
    assertEquals(3L, eval("len(l)", scope));
    assertEquals(1L, eval("len(m)", scope));
  }

  @Test
  void contains_looks_for_list_elements_and_map_keys() {
    Map<String, Object> scope = vars("l", List.of("1", "2", 3), "m", Map.of("gold", 1));
    assertEquals(true, eval("contains(l, '2')", scope));
    assertEquals(true, eval("contains(l, 3)", scope));
    assertEquals(true, eval("contains(l, '3')", scope));
    assertEquals(false, eval("contains(l, 4)", scope));
    assertEquals(true, eval("contains(m, 'gold')", scope));
    assertEquals(false, eval("contains(m, 'silver')", scope));
  }

  @Test
  void text_functions_reject_null_naming_the_argument() {
    EvaluationException error = Eval.failure("upper(call.caller.name)", vars());
    assertEquals("upper() needs text, but call.caller.name is null; use default(call.caller.name, ...) when it"
        + " may have no value", error.problem());
    assertEquals(6, error.position());
    assertEquals("call.caller.name", error.variable().orElseThrow());
  }

  @Test
  void text_functions_reject_lists_and_maps() {
    assertEquals("lower() needs text, but l is a list of 1",
        Eval.failure("lower(l)", vars("l", List.of(1))).problem());
    Eval.failure("trim(m)", vars("m", Map.of()));
  }

  @Test
  void substr_needs_whole_positions_and_a_length_of_zero_or_more() {
    assertEquals("substr() needs a whole number, but got number 1.5",
        Eval.failure("substr('abc', 1.5)", vars()).problem());
    EvaluationException negative = Eval.failure("substr('abc', 0, -1)", vars());
    assertEquals("substr() needs a length of 0 or more, not -1", negative.problem());
    assertEquals(17, negative.position());
    assertEquals("substr() needs a number, but got text 'x'", Eval.failure("substr('abc', 'x')", vars()).problem());
  }
}
