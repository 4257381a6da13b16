package io.ariflow.app.ari.rest;

import java.time.Duration;

/**
 * How idempotent requests are retried after a 5xx or a transport failure: exponential backoff with
 * jitter, from {@code baseDelay} doubling up to {@code maxDelay}, at most {@code maxAttempts} sends.
 *
 * @param maxAttempts total sends including the first; 1 disables retrying
 * @param baseDelay the delay before the first retry (randomised by half either way)
 * @param maxDelay the cap on any single delay
 */
public record RetryOptions(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /** Three sends, 100 ms then 200 ms (jittered): enough to ride over a brief Asterisk hiccup. */
  public static final RetryOptions DEFAULTS =
      new RetryOptions(3, Duration.ofMillis(100), Duration.ofSeconds(2));

  /** Validates every field, naming the bad one. */
  public RetryOptions {
    OptionChecks.atLeast(maxAttempts, 1, "retry.maxAttempts");
    OptionChecks.positive(baseDelay, "retry.baseDelay");
    OptionChecks.positive(maxDelay, "retry.maxDelay");
    OptionChecks.require(maxDelay.compareTo(baseDelay) >= 0, "retry.maxDelay",
        "must not be shorter than retry.baseDelay (" + baseDelay + ")", maxDelay);
  }
}
