package io.ariflow.sim;

import java.time.Duration;

/**
 * How long each phase of a simulated restart lasts (on the sim clock): connections refused, then a 404
 * HTML page, then 503 "Asterisk not booted". Defaults follow the asterisk-restart trace.
 */
public record RestartTiming(Duration refused, Duration html404, Duration notBooted) {

  public static RestartTiming defaults() {
    return new RestartTiming(Duration.ofMillis(800), Duration.ofMillis(200), Duration.ofMillis(200));
  }
}
