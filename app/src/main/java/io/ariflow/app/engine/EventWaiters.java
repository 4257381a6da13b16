package io.ariflow.app.engine;

import io.ariflow.model.event.AriEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Waiters for the event that ends an operation we started (a playback, a recording), registered under
 * the id we generated <em>before</em> the command is sent, so the event can never arrive first. Owned
 * by one call; not thread-safe by design.
 */
final class EventWaiters {

  private record Waiter(Predicate<AriEvent> done, Promise<Optional<AriEvent>> promise) {}

  private final Map<String, Waiter> byId = new HashMap<>();

  /**
   * Registers interest in events about {@code id}; the future completes with the first one {@code done}
   * accepts, or with empty when reconciliation found the operation over but its event lost.
   */
  Future<Optional<AriEvent>> await(String id, Predicate<AriEvent> done) {
    Promise<Optional<AriEvent>> promise = Promise.promise();
    byId.put(id, new Waiter(done, promise));
    return promise.future();
  }

  /** Offers an event about {@code id}; true when it completed a waiter. */
  boolean offer(String id, AriEvent event) {
    Waiter w = byId.get(id);
    if (w == null || !w.done().test(event)) {
      return false;
    }
    byId.remove(id);
    w.promise().complete(Optional.of(event));
    return true;
  }

  /** Completes the waiter for {@code id} without its event: a reconnect lost it, the operation is over. */
  void lost(String id) {
    Waiter w = byId.remove(id);
    if (w != null) {
      w.promise().complete(Optional.empty());
    }
  }

  /** Drops the waiter for {@code id}, failing it: the command that would have produced the event failed. */
  void cancel(String id, Throwable why) {
    Waiter w = byId.remove(id);
    if (w != null) {
      w.promise().tryFail(why);
    }
  }

  /** Ids still awaited; reconciliation probes them after a reconnect. */
  Set<String> pending() {
    return Set.copyOf(byId.keySet());
  }

  /** Fails every waiter: the call is over, nothing more will come. */
  void failAll(Throwable why) {
    List<Waiter> all = List.copyOf(byId.values());
    byId.clear();
    all.forEach(w -> w.promise().tryFail(why));
  }
}
