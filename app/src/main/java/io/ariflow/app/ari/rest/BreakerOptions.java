package io.ariflow.app.ari.rest;

import java.time.Duration;

/**
 * When the circuit breaker opens: over the last {@code window} answered calls (call-state 4xx answers
 * do not count), if {@code failureRatePercent} or more were 5xx or transport failures, calls fail fast
 * for {@code openDuration}, then a few probes decide whether to close again.
 *
 * @param window the number of recent calls evaluated (count-based sliding window)
 * @param failureRatePercent the failure rate, in percent, at or above which the breaker opens
 * @param openDuration how long calls fail fast before probing
 */
public record BreakerOptions(int window, float failureRatePercent, Duration openDuration) {

  /** Twenty calls, half failing, five seconds open: about the time Asterisk needs to restart. */
  public static final BreakerOptions DEFAULTS = new BreakerOptions(20, 50f, Duration.ofSeconds(5));

  /** Validates every field, naming the bad one. */
  public BreakerOptions {
    OptionChecks.atLeast(window, 1, "breaker.window");
    OptionChecks.require(failureRatePercent > 0 && failureRatePercent <= 100,
        "breaker.failureRatePercent", "must be in (0, 100]", failureRatePercent);
    OptionChecks.positive(openDuration, "breaker.openDuration");
  }
}
