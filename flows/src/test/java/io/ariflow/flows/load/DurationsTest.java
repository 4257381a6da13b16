package io.ariflow.flows.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @Test
  void readsEachUnit() {
    assertEquals(Optional.of(Duration.ofMillis(250)), Durations.parse("250ms"));
    assertEquals(Optional.of(Duration.ofSeconds(5)), Durations.parse("5s"));
    assertEquals(Optional.of(Duration.ofMinutes(2)), Durations.parse("2m"));
    assertEquals(Optional.of(Duration.ofHours(1)), Durations.parse("1h"));
  }

  @Test
  void addsUpSeveralParts() {
    assertEquals(Optional.of(Duration.ofSeconds(90)), Durations.parse("1m30s"));
    assertEquals(Optional.of(Duration.ofMillis(1500)), Durations.parse("1s500ms"));
  }

  @Test
  void acceptsZero() {
    assertEquals(Optional.of(Duration.ZERO), Durations.parse("0s"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "5 s", "1.5s", "-1s", "2min", "5sec", "s", "", "ms5", "1h 30m", "5S"})
  void rejectsAnythingElse(String text) {
    assertEquals(Optional.empty(), Durations.parse(text));
  }

  @Test
  void formatsTheWayFlowsWriteThem() {
    assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("250ms", Durations.format(Duration.ofMillis(250)));
    assertEquals("1h", Durations.format(Duration.ofHours(1)));
    assertEquals("0s", Durations.format(Duration.ZERO));
  }

  @Test
  void formatAndParseRoundTrip() {
    Duration value = Duration.ofHours(2).plusMinutes(3).plusSeconds(4).plusMillis(5);
    assertEquals(Optional.of(value), Durations.parse(Durations.format(value)));
  }
}
