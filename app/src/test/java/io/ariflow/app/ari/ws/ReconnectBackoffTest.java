package io.ariflow.app.ari.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReconnectBackoffTest {
  private static final ReconnectBackoff NO_JITTER =
      new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(10), 2.0, 0.0);
  private static final ReconnectBackoff JITTERED =
      new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(10), 2.0, 0.25);

  @Test
  void delaysDoubleFromTheInitialDelayUntilTheCap() {
    List<Long> schedule = LongStream.rangeClosed(1, 10)
        .mapToObj(n -> NO_JITTER.delay(n, new FixedRandom(0.7)).toMillis()).toList();

    assertEquals(List.of(100L, 200L, 400L, 800L, 1600L, 3200L, 6400L, 10_000L, 10_000L, 10_000L), schedule);
  }

  @Test
  void defaultsCatchAnAsteriskRestartWithinAFewAttemptsAndSettleAtThirtySeconds() {
    ReconnectBackoff defaults = ReconnectBackoff.defaults();
    List<Long> ceilings = LongStream.rangeClosed(1, 8).mapToObj(n -> defaults.ceiling(n).toMillis()).toList();

    assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L, 16_000L, 30_000L, 30_000L), ceilings);
  }

  @Test
  void aZeroDrawGivesTheFullCeilingAndANearOneDrawRemovesTheWholeJitterShare() {
    for (long attempt = 1; attempt <= 12; attempt++) {
      long ceiling = JITTERED.ceiling(attempt).toMillis();
      assertEquals(ceiling, JITTERED.delay(attempt, new FixedRandom(0.0)).toMillis());
      long shortest = JITTERED.delay(attempt, new FixedRandom(Math.nextDown(1.0))).toMillis();
      assertEquals((long) Math.floor(ceiling * 0.75), shortest, "attempt " + attempt);
    }
  }

  @Test
  void everyJitteredDelayStaysBetweenTheJitterFloorAndTheCeiling() {
    SplittableRandom random = new SplittableRandom(42);
    for (int draw = 0; draw < 20_000; draw++) {
      long attempt = 1 + draw % 20;
      long ceiling = JITTERED.ceiling(attempt).toMillis();
      long delay = JITTERED.delay(attempt, random).toMillis();
      assertTrue(delay <= ceiling && delay >= (long) Math.floor(ceiling * 0.75),
          "attempt " + attempt + ": " + delay + " outside [" + ceiling * 0.75 + ", " + ceiling + "]");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {20, 64, 1_000, 1_000_000, Long.MAX_VALUE})
  void neverGivesUpAndNeverExceedsTheCap(long attempt) {
    assertEquals(Duration.ofSeconds(10), JITTERED.ceiling(attempt));
    assertTrue(JITTERED.delay(attempt, new FixedRandom(0.5)).compareTo(Duration.ofSeconds(10)) <= 0);
  }

  @Test
  void aMultiplierOfOneRetriesAtAConstantPace() {
    ReconnectBackoff constant = new ReconnectBackoff(Duration.ofMillis(250), Duration.ofSeconds(1), 1.0, 0.0);

    assertEquals(Duration.ofMillis(250), constant.delay(1, new FixedRandom(0.3)));
    assertEquals(Duration.ofMillis(250), constant.delay(500, new FixedRandom(0.3)));
  }

  @Test
  void fullJitterStillWaitsAtLeastOneMillisecond() {
    ReconnectBackoff full = new ReconnectBackoff(Duration.ofMillis(1), Duration.ofMillis(1), 2.0, 1.0);

    assertEquals(Duration.ofMillis(1), full.delay(1, new FixedRandom(Math.nextDown(1.0))));
  }

  @Test
  void attemptsAreCountedFromOne() {
    var error = assertThrows(IllegalArgumentException.class, () -> JITTERED.delay(0, new FixedRandom(0)));
    assertTrue(error.getMessage().startsWith("attempt:"), error.getMessage());
  }

  @Test
  void invalidSettingsNameTheBadField() {
    assertField("backoff.initial", () -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1), 2, 0));
    assertField("backoff.initial", () -> new ReconnectBackoff(null, Duration.ofSeconds(1), 2, 0));
    assertField("backoff.max", () -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0));
    assertField("backoff.max", () -> new ReconnectBackoff(Duration.ofSeconds(2), null, 2, 0));
    assertField("backoff.multiplier", () -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0));
    assertField("backoff.multiplier",
        () -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), Double.NaN, 0));
    assertField("backoff.jitter", () -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, -0.1));
    assertField("backoff.jitter", () -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5));
    assertField("backoff.jitter",
        () -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Double.NaN));
  }

  private static void assertField(String field, Runnable construction) {
    var error = assertThrows(IllegalArgumentException.class, construction::run);
    assertTrue(error.getMessage().startsWith(field + ":"), error.getMessage());
  }
}
