package io.ariflow.app.conference;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One queue of work per owner: each owner's decisions are carried out one after the other, in the order they were
 * made, while different owners proceed independently. A failed piece of work never blocks the queue.
 */
final class CommandQueues {

  private final Map<String, Future<Void>> tails = new HashMap<>();

  /** Runs {@code work} after everything queued before for {@code owner}; completes when it is done. */
  Future<Void> enqueue(String owner, Supplier<Future<Void>> work) {
    Future<Void> previous = tails.getOrDefault(owner, Future.succeededFuture());
    Promise<Void> done = Promise.promise();
    Future<Void> tail = done.future();
    tails.put(owner, tail);
    previous.onComplete(before -> {
      Future<Void> running;
      try {
        running = work.get();
      } catch (RuntimeException e) {
        running = Future.failedFuture(e);
      }
      running.onComplete(after -> {
        if (tails.get(owner) == tail) {
          tails.remove(owner);
        }
        done.handle(after);
      });
    });
    return tail;
  }
}
