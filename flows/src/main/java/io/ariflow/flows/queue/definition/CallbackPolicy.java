package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a caller may leave a number and hang up while keeping their place; when their turn comes an
 * agent is called first, then the caller.
 *
 * @param enabled whether callbacks are offered
 * @param key the DTMF key that asks for a callback
 * @param maxAttempts how many times the caller is dialled before the callback is given up
 * @param retryDelay how long after an unreached caller the callback is tried again
 */
public record CallbackPolicy(boolean enabled, String key, int maxAttempts, Duration retryDelay) {

  /** Rejects nulls. */
  public CallbackPolicy {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(retryDelay, "retryDelay");
  }

  /** Callbacks off. */
  public static CallbackPolicy disabled() {
    return new CallbackPolicy(false, "", 0, Duration.ZERO);
  }

  /** Callbacks on {@code key}, dialling the caller up to {@code attempts} times, {@code retry} apart. */
  public static CallbackPolicy on(String key, int attempts, Duration retry) {
    return new CallbackPolicy(true, key, attempts, retry);
  }
}
