package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.render;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplatesTest {

  private static final Map<String, Object> SCOPE = vars(
      "call", Map.of("extension", "104", "caller", Map.of("number", "+33123", "name", "Ann")),
      "tries", 2, "price", new BigDecimal("12.50"), "ok", true, "none", null,
      "body", Map.of("tier", "gold", "ids", List.of(1, 2)));

  @Test
  void renders_several_parts_between_text() {
    assertEquals("Hello Ann (+33123), try 3 of 3 for 104",
        render("Hello ${call.caller.name} (${call.caller.number}), try ${tries + 1} of 3 for ${call.extension}",
            SCOPE));
  }

  @Test
  void renders_adjacent_parts_and_parts_at_both_ends() {
    assertEquals("104Ann", render("${call.extension}${call.caller.name}", SCOPE));
    assertEquals("104", render("${call.extension}", SCOPE));
  }

  @Test
  void renders_numbers_plainly_booleans_as_words_and_collections_as_json() {
    assertEquals("12.5 true 3", render("${price} ${ok} ${1.5 * 2}", SCOPE));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tier", "gold");
    body.put("ids", List.of(1, 2));
    assertEquals("{\"tier\":\"gold\",\"ids\":[1,2]}", render("${body}", Map.of("body", body)));
    assertEquals("[1,2]", render("${body.ids}", SCOPE));
  }

  @ParameterizedTest(name = "{0} renders {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      plain text                 | plain text
      $${tries}                  | ${tries}
      cost: $5                   | cost: $5
      $$                         | $$
      a $ {tries}                | a $ {tries}
      {tries}                    | {tries}
      price $${x} is ${tries}    | price ${x} is 2
      ${'}'}                     | }
      ${'${'}                    | ${
      ${ tries }                 | 2
      ${default(none, '-')}      | -
      ""                         | ""
      """)
  void escapes_and_literal_dollars(String template, String expected) {
    assertEquals(expected, render(template, SCOPE));
  }

  @Test
  void a_constant_template_knows_its_text() {
    Template constant = Templates.parse("sound:welcome $${literal}");
    assertTrue(constant.isConstant());
    assertEquals("sound:welcome ${literal}", constant.constantText());
    assertTrue(Templates.parse("").isConstant());
    assertEquals("", Templates.parse("").constantText());
    Template dynamic = Templates.parse("digits:${call.extension}");
    assertFalse(dynamic.isConstant());
    assertThrows(IllegalStateException.class, dynamic::constantText);
  }

  @Test
  void evaluate_keeps_the_value_of_a_template_that_is_one_part() {
    assertEquals(3L, Templates.parse("${tries + 1}").evaluate(MapScope.of(SCOPE)));
    assertEquals(Map.of("tier", "gold", "ids", List.of(1, 2)), Templates.parse("${body}").evaluate(
        MapScope.of(SCOPE)));
    assertEquals(null, Templates.parse("${none}").evaluate(MapScope.of(SCOPE)));
    assertEquals("3 ", Templates.parse("${tries + 1} ").evaluate(MapScope.of(SCOPE)));
    assertEquals("x", Templates.parse("x").evaluate(MapScope.of(SCOPE)));
  }

  @Test
  void rendering_null_fails_naming_the_variable_and_the_fix() {
    EvaluationException error = assertThrows(EvaluationException.class,
        () -> render("Hello ${call.caller.title}!", SCOPE));
    assertEquals("'${}' needs a value to insert, but call.caller.title is null; use default(call.caller.title,"
        + " ...) when it may have no value", error.problem());
    assertEquals(8, error.position());
    assertEquals("call.caller.title", error.variable().orElseThrow());
    assertEquals("call.caller.title", error.expression());
  }

  @Test
  void evaluation_errors_inside_parts_point_into_the_whole_text() {
    EvaluationException error = assertThrows(EvaluationException.class,
        () -> render("Total: ${tries * call.caller.name}", SCOPE));
    assertEquals(17, error.position());
    assertEquals("tries * call.caller.name", error.expression());
  }

  @Test
  void exposes_the_expressions_of_its_parts() {
    Template template = Templates.parse("a ${x} b ${y + 1}");
    assertEquals(List.of("x", "y + 1"), template.expressions().stream().map(Expression::source).toList());
    assertEquals("a ${x} b ${y + 1}", template.text());
  }

  @ParameterizedTest(name = "{0} -> {2} at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Hello ${name             | 12 | expected '}' to close '${' at 6 but found the end
      Hello ${name and more    | 21 | expected '}' to close '${' at 6 but found the end
      Hello ${name more}       | 13 | expected '}' to close '${' at 6 but found 'more'
      Hello ${}                | 6  | empty '${}': write an expression inside, or '$${' for a literal '${'
      Hello ${  }              | 6  | empty '${}': write an expression inside, or '$${' for a literal '${'
      a ${'b}                  | 4  | unterminated string: add the closing '
      a ${uper(x)} b           | 4  | unknown function 'uper'; did you mean 'upper'?
      x ${a} y ${b +} z        | 14 | expected a value after '+' but found '}'
      ${a)}                    | 3  | expected '}' to close '${' at 0 but found ')'
      ${a = 1}                 | 4  | use '==' to compare; a single '=' is not an operator
      """)
  void syntax_errors_point_into_the_whole_text(String template, int position, String message) {
    ExpressionException error = assertThrows(ExpressionException.class, () -> Templates.parse(template));
    assertEquals(message, error.message());
    assertEquals(position, error.position());
    assertEquals(template, error.source());
  }
}
