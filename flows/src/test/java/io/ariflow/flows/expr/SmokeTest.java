package io.ariflow.flows.expr;

import static io.ariflow.flows.expr.Eval.eval;
import static io.ariflow.flows.expr.Eval.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest {

  @Test
  void evaluates_a_condition_over_nested_variables() {
    Map<String, Object> scope = vars("call", Map.of("caller", Map.of("number", "104")), "tries", 2);
    assertEquals(true, eval("call.caller.number == '104' and tries + 1 > 2", scope));
  }

  @Test
  void renders_a_template() {
    assertEquals("digits:104 ${x}", Eval.render("digits:${call.extension} $${x}",
        Map.of("call", Map.of("extension", "104"))));
  }
}
