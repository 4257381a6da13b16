package io.ariflow.sim.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

  private final Vertx vertx = Vertx.vertx();
  private final Context context = vertx.getOrCreateContext();
  private final VirtualClock clock = new VirtualClock(context, Instant.parse("2026-11-22T10:00:00Z"));
  private final List<String> ran = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void dueTasksRunInDueOrderAndTimeStopsAtTheTarget() throws Exception {
    on(() -> {
      clock.schedule(Duration.ofSeconds(30), () -> ran.add("30s"));
      clock.schedule(Duration.ofSeconds(2), () -> ran.add("2s"));
      clock.schedule(Duration.ofSeconds(2), () -> ran.add("2s-later"));
      return null;
    });
    await(clock.advance(Duration.ofSeconds(29)));
    assertEquals(List.of("2s", "2s-later"), ran);
    assertEquals(Instant.parse("2026-11-22T10:00:29Z"), on(clock::now));
    await(clock.advance(Duration.ofSeconds(1)));
    assertEquals(List.of("2s", "2s-later", "30s"), ran);
  }

  @Test
  void zeroDelayTasksRunWithoutAdvancingAndFollowUpsRunAtTheirOwnTime() throws Exception {
    on(() -> clock.schedule(Duration.ZERO, () -> {
      ran.add("now@" + clock.now().getEpochSecond() % 60);
      clock.schedule(Duration.ofSeconds(5), () -> ran.add("later@" + clock.now().getEpochSecond() % 60));
    }));
    on(() -> null);
    assertEquals(List.of("now@0"), ran);
    await(clock.advance(Duration.ofSeconds(10)));
    assertEquals(List.of("now@0", "later@5"), ran);
  }

  @Test
  void cancelledTasksNeverRun() throws Exception {
    long id = on(() -> clock.schedule(Duration.ofSeconds(1), () -> ran.add("x")));
    assertTrue(on(() -> clock.cancel(id)));
    assertFalse(on(() -> clock.cancel(id)));
    await(clock.advance(Duration.ofSeconds(2)));
    assertTrue(ran.isEmpty());
    assertEquals(0, on(clock::pending));
  }

  @Test
  void asteriskTimestampsHaveMillisAndNumericOffset() {
    assertEquals("2026-11-22T07:30:23.963+0000", AsteriskTime.format(Instant.parse("2026-11-22T07:30:23.963Z")));
  }

  private <T> T on(Supplier<T> action) throws Exception {
    Promise<T> p = Promise.promise();
    context.runOnContext(v -> p.complete(action.get()));
    return await(p.future());
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }
}
