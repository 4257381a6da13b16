package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShownTest {

  @Test
  void numbersCompareByValueButTextIsNotANumber() {
    assertTrue(Shown.same(2L, new BigDecimal("2.0")));
    assertFalse(Shown.same(1L, "1"));
    assertFalse(Shown.same("007", "7"));
  }

  @Test
  void listsAndMapsCompareByContent() {
    assertTrue(Shown.same(Map.of("name", "Alice"), Map.of("name", "Alice")));
    assertTrue(Shown.same(List.of(1L, 2L), List.of(new BigDecimal("1"), 2L)));
    assertFalse(Shown.same(List.of(1L), Map.of()));
  }

  @Test
  void nullEqualsOnlyNull() {
    assertTrue(Shown.same(null, null));
    assertFalse(Shown.same(null, ""));
  }

  @Test
  void textIsQuotedSoDigitsAndNumbersLookDifferent() {
    assertEquals("\"1\"", Shown.value("1"));
    assertEquals("1", Shown.value(1L));
    assertEquals("null", Shown.value(null));
    assertEquals("{\"a\":true}", Shown.value(Map.of("a", true)));
  }
}
