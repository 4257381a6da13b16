package io.ariflow.app.component;

import static io.ariflow.app.component.QueueLogs.serveOneByOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code random} and {@code wrandom} end to end on the simulated Asterisk with a seeded generator
 * ({@code HostingOptions.withRandom}), so the draws, and with them the order of offers, are the same on every run:
 * the exact sequence is asserted for the seed, plus what must hold whatever the seed (random stays in the lowest
 * penalty tier; wrandom rings a heavier penalty less often but still rings it).
 */
class QueueRandomStrategiesOnSimulatorTest {

  private static final long SEED = 20_261_123L;
  private static final String BUSY = "PJSIP/2003";

  @TempDir
  Path dir;

  private static final String PHONES = """
      "2001": [ring, {answer-after: 1s}, {hangup-after: 2s}]
      "2002": [ring, {answer-after: 1s}, {hangup-after: 2s}]
      "2003": [busy]
      "2004": [ring, {answer-after: 1s}, {hangup-after: 2s}]
      """;

  private QueueRig rig(String strategy, String members) {
    QueueRig rig = new QueueRig(dir, PHONES, List.of("2001", "2002", "2003", "2004"), "").seed(SEED);
    rig.write("queue.yaml", """
        queue: support
        strategy: %s
        ringTimeout: 15s
        retry: 2s
        members: [%s]
        """.formatted(strategy, members));
    return rig.write("line.yaml", QueueStrategiesOnSimulatorTest.FLOW).start();
  }

  @Test
  void random_draws_from_the_lowest_tier_in_the_seeds_order_and_a_busy_pick_moves_on_to_another_draw() {
    String members = "PJSIP/2001, PJSIP/2002, PJSIP/2003, {endpoint: PJSIP/2004, penalty: 1}";
    try (QueueRig rig = rig("random", members)) {
      List<List<String>> offers = serveOneByOne(rig, "line", 8);

      assertEquals(List.of(List.of(BUSY, "PJSIP/2002"), List.of(BUSY, "PJSIP/2002"), List.of("PJSIP/2001"),
          List.of("PJSIP/2001"), List.of("PJSIP/2001"), List.of(BUSY, "PJSIP/2002"), List.of("PJSIP/2002"),
          List.of("PJSIP/2001")), offers, "the draws of seed " + SEED);
      assertTrue(offers.stream().flatMap(List::stream).noneMatch("PJSIP/2004"::equals),
          "penalty 1 is never rung while penalty 0 members are free: " + offers);
      assertTrue(offers.stream().allMatch(o -> !o.get(o.size() - 1).equals(BUSY)), "busy " + BUSY
          + " never wins");
    }
  }

  @Test
  void wrandom_weighs_penalties_so_the_heavy_member_rings_less_but_still_rings() {
    String members = "PJSIP/2001, PJSIP/2002, {endpoint: PJSIP/2004, penalty: 2}";
    try (QueueRig rig = rig("wrandom", members)) {
      List<List<String>> offers = serveOneByOne(rig, "line", 12);

      assertEquals(List.of("PJSIP/2001", "PJSIP/2001", "PJSIP/2001", "PJSIP/2001", "PJSIP/2002", "PJSIP/2002",
          "PJSIP/2001", "PJSIP/2004", "PJSIP/2002", "PJSIP/2002", "PJSIP/2001", "PJSIP/2001"),
          offers.stream().map(o -> o.get(0)).toList(), "the draws of seed " + SEED);
      assertTrue(offers.stream().allMatch(o -> o.size() == 1), "nobody refuses: one offer per caller");
      Map<String, Long> wins = offers.stream().map(o -> o.get(o.size() - 1))
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertTrue(wins.getOrDefault("PJSIP/2004", 0L) < Math.min(wins.get("PJSIP/2001"), wins.get("PJSIP/2002")),
          "penalty 2 (draws below 3000) wins less than penalty 0 (draws below 1000): " + wins);
    }
  }
}
