package io.ariflow.flows.runtime;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Limits and defaults of a run.
 *
 * @param maxStepsWithoutWait steps a run may execute without waiting on the caller or on time before it
 *     fails safely (the loop guard)
 * @param maxCallDepth how deep {@code call} may nest sub-flows
 * @param cleanupGrace how long a cancelled step may take to clean up before the run moves on
 * @param zone the time zone of flows without {@code timezone} and of the timeline
 */
public record RunOptions(int maxStepsWithoutWait, int maxCallDepth, Duration cleanupGrace, ZoneId zone) {

  /** Rejects limits that would stop every run or never stop a bad one. */
  public RunOptions {
    if (maxStepsWithoutWait < 1 || maxCallDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    Objects.requireNonNull(cleanupGrace, "cleanupGrace");
    Objects.requireNonNull(zone, "zone");
  }

  /** 10,000 steps without a wait, sub-flows 8 deep, 5 s to clean up, UTC. */
  public static RunOptions defaults() {
    return new RunOptions(10_000, 8, Duration.ofSeconds(5), ZoneId.of("UTC"));
  }

  /** The same options with another loop-guard limit. */
  public RunOptions withMaxStepsWithoutWait(int limit) {
    return new RunOptions(limit, maxCallDepth, cleanupGrace, zone);
  }

  /** The same options with another zone. */
  public RunOptions withZone(ZoneId newZone) {
    return new RunOptions(maxStepsWithoutWait, maxCallDepth, cleanupGrace, newZone);
  }
}
