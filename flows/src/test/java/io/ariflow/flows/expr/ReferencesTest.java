package io.ariflow.flows.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** references(): every variable path read, with its position, for the validator. */
class ReferencesTest {

  private static List<String> refs(String expression) {
    return Expressions.parse(expression).references().stream().map(VariableRef::toString).toList();
  }

  @Test
  void lists_every_path_in_source_order_with_its_position() {
    assertEquals(List.of("call.caller.number@0", "steps.lookup.body.tier@30", "tries@66"),
        refs("call.caller.number == '1' and steps.lookup.body.tier == 'gold' or tries > 2"));
  }

  @Test
  void fixed_keys_and_indexes_extend_the_path() {
    assertEquals(List.of("steps.lookup.body.items.0.name@0"), refs("steps.lookup.body.items[0].name"));
    assertEquals(List.of("steps.main-menu.digits@0"), refs("steps['main-menu'].digits"));
    assertEquals(List.of("steps.main-menu.digits@0"), refs("steps.main-menu.digits"));
    assertEquals(List.of("a.-1@0"), refs("a[-1]"));
  }

  @Test
  void a_computed_index_cuts_the_path_and_adds_the_index_variables() {
    assertEquals(List.of("steps.lookup.body.items@0", "i@24"), refs("steps.lookup.body.items[i].name"));
    assertEquals(List.of("m@0", "k@2", "j@4"), refs("m[k[j]]"));
  }

  @Test
  void finds_variables_inside_calls_operators_and_parentheses() {
    assertEquals(List.of("a@4", "b@8", "c@14", "d@28"), refs("len(a + b) > (c * 2) or not d"));
    assertEquals(List.of("x@8"), refs("default(x, 'none')"));
  }

  @Test
  void literals_and_function_names_are_not_references() {
    assertTrue(refs("hour() > 8 and upper('x') == 'X'").isEmpty());
  }

  @Test
  void the_same_variable_at_two_places_is_listed_twice() {
    assertEquals(List.of("x@0", "x@4"), refs("x + x"));
  }

  @Test
  void template_references_point_into_the_whole_text() {
    Template template = Templates.parse("Hi ${call.caller.name}, ${tries} $${ignored}");
    assertEquals(List.of("call.caller.name@5", "tries@26"),
        template.references().stream().map(VariableRef::toString).toList());
  }

  @Test
  void a_reference_knows_its_root_and_dotted_form() {
    VariableRef ref = Expressions.parse("  steps.lookup.status").references().iterator().next();
    assertEquals("steps", ref.root());
    assertEquals(List.of("steps", "lookup", "status"), ref.path());
    assertEquals("steps.lookup.status", ref.dotted());
    assertEquals(2, ref.position());
    assertThrows(IllegalArgumentException.class, () -> new VariableRef(List.of(), 0));
  }
}
