package io.ariflow.app.flowtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.spec.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceExpectationTest {

  private static SequenceExpectation exactly(String... items) {
    return new SequenceExpectation(true, List.of(items), Location.unknown());
  }

  private static SequenceExpectation contains(String... items) {
    return new SequenceExpectation(false, List.of(items), Location.unknown());
  }

  @Test
  void exactlyMeansTheSameItemsInTheSameOrder() {
    assertTrue(exactly("a", "b").matches(List.of("a", "b")));
    assertFalse(exactly("a", "b").matches(List.of("a", "b", "c")));
    assertFalse(exactly("a", "b").matches(List.of("b", "a")));
  }

  @Test
  void containsAllowsOthersBetweenButKeepsTheOrderAndTheRepeats() {
    assertTrue(contains("a", "c").matches(List.of("a", "b", "c")));
    assertFalse(contains("c", "a").matches(List.of("a", "b", "c")));
    assertTrue(contains("x", "x").matches(List.of("x", "y", "x")));
    assertFalse(contains("x", "x").matches(List.of("x", "y")));
    assertTrue(contains().matches(List.of()));
  }

  @Test
  void describesItselfForReports() {
    assertEquals("[a, b]", exactly("a", "b").describe());
    assertEquals("contains [a, b] in this order", contains("a", "b").describe());
  }
}
