package io.ariflow.app.component;

import io.ariflow.app.flowtest.VirtualTimers;
import io.ariflow.sim.AriSimulator;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The simulator's clock and the flows' virtual timers, moved on together a tick at a time, so Asterisk
 * and the engine see the same virtual time in every component test.
 */
final class TwoClocks {
  static final Duration TICK = Duration.ofMillis(250);

  private final AriSimulator sim;
  private final VirtualTimers timers;

  TwoClocks(AriSimulator sim, VirtualTimers timers) {
    this.sim = sim;
    this.timers = timers;
  }

  /** Moves both clocks on by {@code duration}, one tick at a time. */
  void advance(Duration duration) {
    for (Duration done = Duration.ZERO; done.compareTo(duration) < 0; done = done.plus(TICK)) {
      Await.result(sim.advance(TICK));
      Await.result(timers.advance(TICK));
    }
  }

  /** Polls {@code condition}, moving time on by a tick before each look. */
  void until(String what, Supplier<Boolean> condition) {
    Await.until(what, () -> {
      advance(TICK);
      return condition.get();
    });
  }
}
