package io.ariflow.app.ari.ws;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before reconnect attempt {@code n}: {@code initial * multiplier^(n-1)}, capped at
 * {@code max}, then shortened by a random share of up to {@code jitter} so that engines restarted together
 * do not hammer a booting Asterisk in lock step. A pure function of the attempt number and the random
 * source, defined for every attempt: the events connection never gives up.
 *
 * @param initial delay before the first attempt after a loss (at least 1 ms)
 * @param max hard ceiling of every delay, jitter included
 * @param multiplier growth per attempt, at least 1
 * @param jitter largest share of the delay removed at random, in [0, 1]
 */
public record ReconnectBackoff(Duration initial, Duration max, double multiplier, double jitter) {

  /** Validates every field, naming the bad one. */
  public ReconnectBackoff {
    OptionChecks.atLeastOneMilli("backoff.initial", initial);
    OptionChecks.required("backoff.max", max);
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "backoff.max: must be at least backoff.initial (" + initial + "), got " + max);
    }
    if (!Double.isFinite(multiplier) || multiplier < 1.0) {
      throw new IllegalArgumentException("backoff.multiplier: must be a finite number >= 1, got " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("backoff.jitter: must be between 0 and 1, got " + jitter);
    }
  }

  /** 0.5 s doubling up to 30 s with 20 % jitter: an Asterisk restart (about 2.5 s) is caught within a few tries. */
  public static ReconnectBackoff defaults() {
    return new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2);
  }

  /** The delay before attempt {@code attempt} (1 = first retry) without jitter, never above {@code max}. */
  public Duration ceiling(long attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt: must be at least 1, got " + attempt);
    }
    double millis = initial.toMillis() * Math.pow(multiplier, attempt - 1.0);
    return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
  }

  /** The jittered delay before attempt {@code attempt}: in {@code (ceiling * (1 - jitter) - 1 ms, ceiling]}. */
  public Duration delay(long attempt, RandomGenerator random) {
    long ceiling = ceiling(attempt).toMillis();
    double share = 1.0 - jitter * random.nextDouble();
    return Duration.ofMillis(Math.max(1L, (long) Math.floor(ceiling * share)));
  }
}
