package io.ariflow.app.ari.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AriRestOptionsTest {

  private static final AriRestOptions VALID =
      AriRestOptions.defaults("http://127.0.0.1:8088/ari", "engine", "secret");

  @Test
  void defaultsAreSizedForSaturationWithinAsteriskSessionLimit() {
    assertEquals(64, VALID.maxConnections());
    assertEquals(VALID.maxConnections(), VALID.maxInFlight());
    assertTrue(VALID.maxConnections() < 100, "http.conf sessionlimit defaults to 100");
    assertEquals(Duration.ofSeconds(5), VALID.requestTimeout());
  }

  @Test
  void aBaseUrlWithoutPathMeansTheAriPrefixAndTrailingSlashesAreDropped() {
    assertEquals("http://pbx:8088/ari",
        AriRestOptions.defaults("http://pbx:8088", "engine", "secret").baseUrl());
    assertEquals("https://pbx/asterisk/ari",
        AriRestOptions.defaults("https://pbx/asterisk/ari/", "engine", "secret").baseUrl());
  }

  @Test
  void validationNamesTheBadField() {
    assertNames("baseUrl", () -> AriRestOptions.defaults("ftp://pbx/ari", "engine", "secret"));
    assertNames("baseUrl", () -> AriRestOptions.defaults("http://pbx/ari?x=1", "engine", "secret"));
    assertNames("user", () -> AriRestOptions.defaults("http://pbx/ari", " ", "secret"));
    assertNames("user", () -> AriRestOptions.defaults("http://pbx/ari", "a:b", "secret"));
    assertNames("password", () -> AriRestOptions.defaults("http://pbx/ari", "engine", ""));
    assertNames("requestTimeout", () -> VALID.withRequestTimeout(Duration.ZERO));
    assertNames("maxConnections", () -> VALID.withLimits(0, 1, 0));
    assertNames("maxInFlight", () -> VALID.withLimits(1, 0, 0));
    assertNames("maxQueued", () -> VALID.withLimits(1, 1, -1));
    assertNames("maxQueueWait", () -> VALID.withMaxQueueWait(Duration.ZERO));
    assertNames("retry.maxAttempts", () -> new RetryOptions(0, Duration.ofMillis(1), Duration.ofMillis(1)));
    assertNames("retry.maxDelay", () -> new RetryOptions(2, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertNames("breaker.window", () -> new BreakerOptions(0, 50f, Duration.ofSeconds(1)));
    assertNames("breaker.failureRatePercent", () -> new BreakerOptions(4, 0f, Duration.ofSeconds(1)));
    assertNames("breaker.openDuration", () -> new BreakerOptions(4, 50f, Duration.ofSeconds(-1)));
  }

  private static void assertNames(String field, Supplier<?> construction) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, construction::get);
    assertTrue(error.getMessage().startsWith(field + " "), error.getMessage());
  }
}
