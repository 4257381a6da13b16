package io.ariflow.app.ari.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.model.request.HttpMethod;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InFlightLimiterTest {

  private static final AriExchange ASKED = AriExchange.unanswered("test", HttpMethod.GET, "/x");
  private static final Duration LONG = Duration.ofSeconds(30);

  private final ClientFixture fixture = new ClientFixture();
  private final List<String> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void runsRequestsAtOnceUnderTheCap() throws Exception {
    InFlightLimiter limiter = new InFlightLimiter(fixture.vertx, 2, 0, LONG);
    Promise<String> first = Promise.promise();
    Promise<String> second = Promise.promise();

    limiter.submit(ASKED, task("a", first));
    limiter.submit(ASKED, task("b", second));

    assertEquals(List.of("a", "b"), started);
    assertEquals(2, limiter.inFlight());
  }

  @Test
  void queuesBeyondTheCapAndStartsWaitersInOrderAsSlotsFree() throws Exception {
    InFlightLimiter limiter = new InFlightLimiter(fixture.vertx, 1, 5, LONG);
    Promise<String> first = Promise.promise();
    limiter.submit(ASKED, task("a", first));
    Future<String> second = limiter.submit(ASKED, task("b", Promise.promise()));
    Future<String> third = limiter.submit(ASKED, () -> Future.succeededFuture("c"));

    first.complete("a-done");

    assertFalse(second.isComplete());
    assertEquals(List.of("a", "b"), startedEventually(2));
    assertFalse(third.isComplete());
  }

  @Test
  void rejectsBeyondTheQueueWithATypedSaturationFailure() throws Exception {
    InFlightLimiter limiter = new InFlightLimiter(fixture.vertx, 1, 1, LONG);
    limiter.submit(ASKED, task("a", Promise.promise()));
    limiter.submit(ASKED, task("b", Promise.promise()));

    Transport refused = Await.failure(
        limiter.submit(ASKED, task("c", Promise.promise())), Transport.class);

    assertEquals(TransportKind.IN_FLIGHT_CAP, refused.kind());
    assertTrue(refused.refusedLocally());
    assertEquals(List.of("a"), started);
  }

  @Test
  void aQueuedRequestGivesUpAfterTheQueueTimeout() throws Exception {
    InFlightLimiter limiter = new InFlightLimiter(fixture.vertx, 1, 5, Duration.ofMillis(50));
    limiter.submit(ASKED, task("a", Promise.promise()));

    Transport expired = Await.failure(
        limiter.submit(ASKED, task("b", Promise.promise())), Transport.class);

    assertEquals(TransportKind.IN_FLIGHT_CAP, expired.kind());
    assertTrue(expired.getMessage().contains("waited 50 ms"), expired.getMessage());
    assertEquals(List.of("a"), started);
  }

  @Test
  void aTaskThatThrowsFailsItsFutureAndReleasesItsSlot() throws Exception {
    InFlightLimiter limiter = new InFlightLimiter(fixture.vertx, 1, 0, LONG);

    Await.failure(limiter.submit(ASKED, () -> {
      throw new IllegalStateException("bug");
    }), IllegalStateException.class);

    assertEquals("ok", Await.result(limiter.submit(ASKED, () -> Future.succeededFuture("ok"))));
    assertEquals(0, limiter.inFlight());
  }

  @Test
  void aQueuedRequestStartsOnTheContextThatSubmittedIt() throws Exception {
    InFlightLimiter limiter = new InFlightLimiter(fixture.vertx, 1, 5, LONG);
    Promise<String> blocker = Promise.promise();
    Context holder = newContext();
    Context submitter = newContext();
    CompletableFuture<Context> ranOn = new CompletableFuture<>();
    holder.runOnContext(ignored -> limiter.submit(ASKED, task("a", blocker)));
    startedEventually(1);

    submitter.runOnContext(ignored -> limiter.submit(ASKED, () -> {
      ranOn.complete(Vertx.currentContext());
      return Future.succeededFuture("b");
    }));
    holder.runOnContext(ignored -> blocker.complete("a-done"));

    assertSame(submitter, ranOn.get(Await.SECONDS, TimeUnit.SECONDS));
  }

  private Context newContext() throws Exception {
    CompletableFuture<Context> deployed = new CompletableFuture<>();
    fixture.vertx.deployVerticle(new VerticleBase() {
      @Override
      public Future<?> start() {
        deployed.complete(context);
        return Future.succeededFuture();
      }
    });
    return deployed.get(Await.SECONDS, TimeUnit.SECONDS);
  }

  private Supplier<Future<String>> task(String name, Promise<String> completion) {
    return () -> {
      started.add(name);
      return completion.future();
    };
  }

  private List<String> startedEventually(int count) throws Exception {
    CompletableFuture<List<String>> seen = new CompletableFuture<>();
    long timer = fixture.vertx.setPeriodic(1, id -> {
      if (started.size() >= count) {
        seen.complete(List.copyOf(started));
      }
    });
    try {
      return seen.get(Await.SECONDS, TimeUnit.SECONDS);
    } finally {
      fixture.vertx.cancelTimer(timer);
    }
  }
}
