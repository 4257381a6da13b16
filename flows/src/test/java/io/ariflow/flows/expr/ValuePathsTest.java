package io.ariflow.flows.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuePathsTest {

  private static final Map<String, Object> ROOT = Map.of("a", Map.of("b", List.of("x", "y", "z")));

  @Test
  void walks_maps_and_lists() {
    assertEquals(Optional.of("y"), ValuePaths.walk(ROOT, List.of("a", "b", "1")));
    assertEquals(Optional.of("z"), ValuePaths.walk(ROOT, List.of("a", "b", "-1")));
    assertEquals(Optional.of(ROOT), ValuePaths.walk(ROOT, List.of()));
  }

  @Test
  void finds_nothing_rather_than_failing() {
    assertTrue(ValuePaths.walk(ROOT, List.of("a", "b", "3")).isEmpty());
    assertTrue(ValuePaths.walk(ROOT, List.of("a", "b", "-4")).isEmpty());
    assertTrue(ValuePaths.walk(ROOT, List.of("a", "b", "first")).isEmpty());
    assertTrue(ValuePaths.walk(ROOT, List.of("a", "b", "")).isEmpty());
    assertTrue(ValuePaths.walk(ROOT, List.of("a", "b", "-")).isEmpty());
    assertTrue(ValuePaths.walk(ROOT, List.of("a", "b", "99999999999")).isEmpty());
    assertTrue(ValuePaths.walk(ROOT, List.of("a", "b", "0", "deeper")).isEmpty());
    assertTrue(ValuePaths.walk(ROOT, List.of("zzz")).isEmpty());
    assertNull(ValuePaths.step(null, "x"));
  }

  @Test
  void map_scope_reads_paths_and_has_a_fixed_default_clock() {
    MapScope scope = MapScope.of(ROOT);
    assertEquals(Optional.of("x"), scope.lookup(List.of("a", "b", "0")));
    assertEquals(MapScope.EPOCH, scope.now());
    assertEquals(1, scope.now().getDayOfWeek().getValue());
  }
}
