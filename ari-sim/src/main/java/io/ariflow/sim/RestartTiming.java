package io.ariflow.sim;

import java.time.Duration;

/**
 * The phases of a simulated {@code core restart now}, each measured from the end of the previous one (sim
 * clock): channels hung up after {@code hangup}, sockets dropped and the port closed after {@code drop},
 * connections refused for {@code refused}, then a 404 HTML page for {@code html404}, then 503 "Asterisk not
 * booted" for {@code notBooted}, then 200. Defaults follow the asterisk-restart trace (2.4 s in all).
 */
public record RestartTiming(Duration hangup, Duration drop, Duration refused, Duration html404, Duration notBooted) {

  public static RestartTiming defaults() {
    return new RestartTiming(Duration.ofMillis(40), Duration.ofMillis(1125), Duration.ofMillis(815),
        Duration.ofMillis(200), Duration.ofMillis(200));
  }

  /** Every phase instant (no clock advance needed): for tests that only care about the outcome. */
  public static RestartTiming quick() {
    return new RestartTiming(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** Total time from the command until ARI answers 200 again. */
  public Duration total() {
    return hangup.plus(drop).plus(refused).plus(html404).plus(notBooted);
  }
}
