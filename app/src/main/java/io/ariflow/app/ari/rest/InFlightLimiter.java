package io.ariflow.app.ari.rest;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Caps the requests in flight without blocking: beyond {@code maxInFlight} requests wait in a bounded
 * FIFO queue, each for at most the queue timeout; beyond {@code maxQueued} they fail at once. At
 * saturation this turns unbounded latency (every command late, callers hearing silence) into a fast,
 * typed refusal the engine can act on. Lock-free, so verticles on several event loops may share it;
 * a queued request is started on the context that submitted it.
 */
final class InFlightLimiter {

  private final Vertx vertx;
  private final int maxInFlight;
  private final int maxQueued;
  private final long queueTimeoutMillis;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger waiting = new AtomicInteger();
  private final Queue<Waiter<?>> queue = new ConcurrentLinkedQueue<>();

  InFlightLimiter(Vertx vertx, int maxInFlight, int maxQueued, Duration queueTimeout) {
    this.vertx = vertx;
    this.maxInFlight = maxInFlight;
    this.maxQueued = maxQueued;
    this.queueTimeoutMillis = queueTimeout.toMillis();
  }

  <T> Future<T> submit(AriExchange asked, Supplier<Future<T>> task) {
    if (queue.isEmpty() && tryAcquireSlot()) {
      return runAndRelease(task);
    }
    if (waiting.incrementAndGet() > maxQueued) {
      waiting.decrementAndGet();
      return Future.failedFuture(TransportFailures.inFlightCap(asked, maxInFlight, maxQueued));
    }
    Waiter<T> waiter = new Waiter<>(task, vertx.getOrCreateContext());
    waiter.timerId = vertx.setTimer(queueTimeoutMillis, id -> expire(waiter, asked));
    queue.add(waiter);
    drain();
    return waiter.promise.future();
  }

  /** Requests currently in flight; for metrics and tests. */
  int inFlight() {
    return running.get();
  }

  private <T> Future<T> runAndRelease(Supplier<Future<T>> task) {
    Future<T> result;
    try {
      result = task.get();
    } catch (RuntimeException bug) {
      result = Future.failedFuture(bug);
    }
    return result.andThen(done -> releaseSlot());
  }

  private void releaseSlot() {
    running.decrementAndGet();
    drain();
  }

  private void drain() {
    while (!queue.isEmpty() && tryAcquireSlot()) {
      Waiter<?> next = queue.poll();
      if (next == null || !next.claim()) {
        running.decrementAndGet();
        continue;
      }
      waiting.decrementAndGet();
      vertx.cancelTimer(next.timerId);
      next.startOnItsContext();
    }
  }

  private boolean tryAcquireSlot() {
    int current = running.get();
    while (current < maxInFlight) {
      if (running.compareAndSet(current, current + 1)) {
        return true;
      }
      current = running.get();
    }
    return false;
  }

  private void expire(Waiter<?> waiter, AriExchange asked) {
    if (waiter.claim()) {
      queue.remove(waiter);
      waiting.decrementAndGet();
      waiter.promise.fail(TransportFailures.queueTimeout(asked, queueTimeoutMillis));
    }
  }

  /** A queued request; claimed exactly once, either by the drain that starts it or by its timer. */
  private final class Waiter<T> {
    private final Supplier<Future<T>> task;
    private final Context context;
    private final Promise<T> promise = Promise.promise();
    private final AtomicBoolean claimed = new AtomicBoolean();
    private volatile long timerId;

    Waiter(Supplier<Future<T>> task, Context context) {
      this.task = task;
      this.context = context;
    }

    boolean claim() {
      return claimed.compareAndSet(false, true);
    }

    void startOnItsContext() {
      if (Vertx.currentContext() == context) {
        runAndRelease(task).onComplete(promise);
      } else {
        context.runOnContext(ignored -> runAndRelease(task).onComplete(promise));
      }
    }
  }
}
