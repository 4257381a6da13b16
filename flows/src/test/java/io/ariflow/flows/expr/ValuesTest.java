package io.ariflow.flows.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void numbers_render_in_plain_digits() {
    assertEquals("3", Values.text(3.0d));
    assertEquals("0.1", Values.text(0.1d));
    assertEquals("1000", Values.text(new BigDecimal("1E+3")));
    assertEquals("0.00000001", Values.text(new BigDecimal("1E-8")));
    assertEquals("-2.5", Values.text(-2.5f));
    assertEquals("7", Values.text(7));
  }

  @Test
  void lists_and_maps_render_as_compact_json_with_escapes() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", "A \"quoted\"\n\\ \u0001");
    map.put("n", 1.50d);
    map.put("none", null);
    map.put("list", Arrays.asList(true, null, List.of()));
    assertEquals("{\"name\":\"A \\\"quoted\\\"\\n\\\\ \\u0001\",\"n\":1.5,\"none\":null,\"list\":[true,null,[]]}",
        Values.text(map));
  }

  @Test
  void null_is_the_empty_text_and_other_objects_their_to_string() {
    assertEquals("", Values.text(null));
    assertEquals("PT1S", Values.text(java.time.Duration.ofSeconds(1)));
  }

  @Test
  void normalize_brings_numbers_into_the_model() {
    assertEquals(5L, Values.normalize(5));
    assertEquals(5L, Values.normalize(new BigDecimal("5.000")));
    assertEquals(new BigDecimal("0.5"), Values.normalize(0.5f));
    assertEquals("x", Values.normalize('x'));
  }
}
