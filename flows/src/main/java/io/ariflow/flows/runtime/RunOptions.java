package io.ariflow.flows.runtime;

import io.ariflow.flows.spec.Fallback;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits and defaults of a run.
 *
 * @param maxStepsWithoutWait steps a run may execute without waiting on the caller or on time before it
 *     fails safely (the loop guard)
 * @param maxCallDepth how deep {@code call} may nest sub-flows
 * @param cleanupGrace how long a cancelled step may take to clean up before the run moves on
 * @param zone the time zone of flows without {@code timezone} and of the timeline
 * @param defaultFallback the fallback of a flow that declares none (the host's configured one); empty
 *     leaves the channel in Stasis when such a flow fails, for the host to decide (e.g. run another flow)
 */
public record RunOptions(int maxStepsWithoutWait, int maxCallDepth, Duration cleanupGrace, ZoneId zone,
    Optional<Fallback> defaultFallback) {

  /** Rejects limits that would stop every run or never stop a bad one, and a default that names a step. */
  public RunOptions {
    if (maxStepsWithoutWait < 1 || maxCallDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    Objects.requireNonNull(cleanupGrace, "cleanupGrace");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(defaultFallback, "defaultFallback");
    if (defaultFallback.orElse(null) instanceof Fallback.Goto) {
      throw new IllegalArgumentException("a default fallback cannot go to a step: steps belong to one flow");
    }
  }

  /** 10,000 steps without a wait, sub-flows 8 deep, 5 s to clean up, UTC, back to the dialplan by default. */
  public static RunOptions defaults() {
    return new RunOptions(10_000, 8, Duration.ofSeconds(5), ZoneId.of("UTC"),
        Optional.of(Fallback.continueAfterStasis()));
  }

  /** The same options with another loop-guard limit. */
  public RunOptions withMaxStepsWithoutWait(int limit) {
    return new RunOptions(limit, maxCallDepth, cleanupGrace, zone, defaultFallback);
  }

  /** The same options with another zone. */
  public RunOptions withZone(ZoneId newZone) {
    return new RunOptions(maxStepsWithoutWait, maxCallDepth, cleanupGrace, newZone, defaultFallback);
  }

  /** The same options with another default fallback; empty leaves a failed run's channel to the host. */
  public RunOptions withDefaultFallback(Optional<Fallback> fallback) {
    return new RunOptions(maxStepsWithoutWait, maxCallDepth, cleanupGrace, zone, fallback);
  }
}
