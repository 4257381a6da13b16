package io.ariflow.app.conference;

import io.ariflow.flows.port.Timers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The engine's timers seen as a {@link Clock}, so rooms stamp join times and recording names on the same time. */
final class TimersClock extends Clock {

  private final Timers timers;

  TimersClock(Timers timers) {
    this.timers = timers;
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
    return timers.now();
  }
}
