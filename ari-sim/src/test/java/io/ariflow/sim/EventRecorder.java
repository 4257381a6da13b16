package io.ariflow.sim;

import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Collects the events of one WebSocket; tests wait for events with bounded futures, never by sleeping. */
final class EventRecorder {

  private record Waiter(Predicate<JsonObject> predicate, int skip, CompletableFuture<JsonObject> future) {}

  final WebSocket ws;
  private final List<JsonObject> events = new CopyOnWriteArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  final CompletableFuture<Short> closed = new CompletableFuture<>();

  EventRecorder(WebSocket ws) {
    this.ws = ws;
    ws.textMessageHandler(text -> {
      JsonObject event = new JsonObject(text);
      synchronized (waiters) {
        events.add(event);
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
          Waiter w = it.next();
          if (matchCount(w.predicate) > w.skip) {
            it.remove();
            w.future.complete(event);
          }
        }
      }
    });
    ws.closeHandler(v -> closed.complete(ws.closeStatusCode()));
  }

  List<JsonObject> events() {
    return List.copyOf(events);
  }

  List<String> types() {
    return events.stream().map(e -> e.getString("type")).toList();
  }

  /** Waits (bounded) until an event of this type has arrived; returns the first such event. */
  JsonObject await(String type) {
    return awaitNth(e -> type.equals(e.getString("type")), 0);
  }

  JsonObject await(Predicate<JsonObject> predicate) {
    return awaitNth(predicate, 0);
  }

  /** Waits until {@code n + 1} matching events have arrived; returns the last of them. */
  JsonObject awaitNth(Predicate<JsonObject> predicate, int n) {
    CompletableFuture<JsonObject> f = new CompletableFuture<>();
    synchronized (waiters) {
      List<JsonObject> matching = events.stream().filter(predicate).toList();
      if (matching.size() > n) {
        return matching.get(n);
      }
      waiters.add(new Waiter(predicate, n, f));
    }
    try {
      f.get(5, TimeUnit.SECONDS);
      return events.stream().filter(predicate).toList().get(n);
    } catch (Exception e) {
      throw new AssertionError("event not received: " + predicate + "; got " + types(), e);
    }
  }

  static Predicate<JsonObject> type(String type) {
    return e -> type.equals(e.getString("type"));
  }

  static Predicate<JsonObject> typeOn(String type, String channelId) {
    return e -> type.equals(e.getString("type")) && e.getJsonObject("channel") != null
        && channelId.equals(e.getJsonObject("channel").getString("id"));
  }

  /** Events after (and excluding) the first event matching {@code from}. */
  List<String> typesSince(int index) {
    List<String> t = types();
    return new ArrayList<>(t.subList(Math.min(index, t.size()), t.size()));
  }

  int size() {
    return events.size();
  }

  void clear() {
    events.clear();
  }

  private int matchCount(Predicate<JsonObject> p) {
    return (int) events.stream().filter(p).count();
  }
}
