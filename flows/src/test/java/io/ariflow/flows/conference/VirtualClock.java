package io.ariflow.flows.conference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, so join times and recording names are exact and nothing reads the wall clock. */
public final class VirtualClock extends Clock {

  private Instant now;

  /** A clock at {@code start}. */
  public VirtualClock(Instant start) {
    this.now = start;
  }

  /** A clock at 2026-11-22T09:00:00Z. */
  public static VirtualClock atNine() {
    return new VirtualClock(Instant.parse("2026-11-22T09:00:00Z"));
  }

  /** Moves the clock forward. */
  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
