package io.ariflow.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.port.TimerHandle;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flows' timers on Vert.x: actions run on the engine's context, cancel says whether it stopped one, time is the clock's. */
class VertxTimersTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:55:52Z");

  private final Vertx vertx = Vertx.vertx();
  private final Context engine = vertx.getOrCreateContext();
  private final VertxTimers timers = new VertxTimers(engine, Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void close() {
    Wait.result(vertx.close());
  }

  @Test
  void theTimeIsTheInjectedClocks() {
    assertEquals(NOW, timers.now());
  }

  @Test
  void anActionRunsOnTheEngineContextEvenWhenScheduledFromElsewhere() {
    Promise<Context> ranOn = Promise.promise();

    timers.schedule(Duration.ofMillis(1), () -> ranOn.complete(Vertx.currentContext()));

    assertSame(engine, Wait.result(ranOn.future()));
  }

  @Test
  void cancellingBeforeTheTimerFiresStopsItAndSaysSo() {
    Promise<Boolean> cancelled = Promise.promise();
    boolean[] fired = {false};

    engine.runOnContext(v -> {
      TimerHandle handle = timers.schedule(Duration.ofHours(1), () -> fired[0] = true);
      cancelled.complete(handle.cancel() && !handle.cancel());
    });

    assertTrue(Wait.result(cancelled.future()), "first cancel true, second false");
    assertFalse(fired[0]);
  }

  @Test
  void cancellingAfterTheTimerFiredSaysNo() {
    Promise<TimerHandle> handle = Promise.promise();
    Promise<Void> fired = Promise.promise();
    engine.runOnContext(v -> handle.complete(timers.schedule(Duration.ZERO, fired::complete)));

    Wait.result(fired.future());

    Promise<Boolean> cancelled = Promise.promise();
    engine.runOnContext(v -> cancelled.complete(Wait.result(handle.future()).cancel()));
    assertFalse(Wait.result(cancelled.future()));
  }
}
