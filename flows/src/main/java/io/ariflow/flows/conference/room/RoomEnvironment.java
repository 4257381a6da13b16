package io.ariflow.flows.conference.room;

import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Clock;
import java.util.Objects;

/**
 * What a room needs from outside: a clock for join times and recording names (tests pass a virtual one), an id
 * generator for bridges, playbacks and dialled channels, and an observer told about every transition.
 *
 * @param clock the engine clock
 * @param ids id generator
 * @param observer transition observer (metrics, coverage tests)
 */
public record RoomEnvironment(Clock clock, IdGenerator ids, TransitionObserver observer) {

  /** Rejects nulls. */
  public RoomEnvironment {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(observer, "observer");
  }
}
