package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.PriorityAging;
import io.ariflow.flows.queue.engine.QueueInput.Join;
import io.ariflow.flows.queue.strategy.CallerView;
import io.ariflow.flows.queue.strategy.DistributionStrategy;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A queue's entries by call id, and their order: the strategy's caller order over each caller's effective
 * priority (joined priority plus aging) and arrival. Positions are recomputed on demand, so aging and
 * departures move callers without bookkeeping.
 */
final class EntryBook {

  private final Map<String, QueueEntry> entries = new LinkedHashMap<>();
  private final DistributionStrategy strategy;
  private final PriorityAging aging;
  private final TransitionObserver observer;
  private long arrivals;

  EntryBook(DistributionStrategy strategy, PriorityAging aging, TransitionObserver observer) {
    this.strategy = strategy;
    this.aging = aging;
    this.observer = observer;
  }

  QueueEntry add(Join join, Instant now, Optional<Instant> expiresAt) {
    QueueEntry entry = new QueueEntry(join, now, ++arrivals, expiresAt, observer);
    entries.put(join.call(), entry);
    return entry;
  }

  Optional<QueueEntry> get(String callId) {
    return Optional.ofNullable(entries.get(callId));
  }

  boolean contains(String callId) {
    return entries.containsKey(callId);
  }

  void remove(QueueEntry entry) {
    entries.remove(entry.callId());
  }

  Collection<QueueEntry> all() {
    return List.copyOf(entries.values());
  }

  /** The entries holding a position, in serving order. */
  List<QueueEntry> queued(Instant now) {
    Comparator<Map.Entry<CallerView, QueueEntry>> order = Map.Entry.comparingByKey(strategy.callerOrder());
    return entries.values().stream().filter(entry -> entry.state().queued())
        .map(entry -> Map.entry(view(entry, now), entry)).sorted(order).map(Map.Entry::getValue).toList();
  }

  int queuedCount() {
    return (int) entries.values().stream().filter(entry -> entry.state().queued()).count();
  }

  /** The entry's 1-based position now, or 0 when it holds none. */
  int position(QueueEntry entry, Instant now) {
    return queued(now).indexOf(entry) + 1;
  }

  /** The entry as strategies see it at {@code now}. */
  CallerView view(QueueEntry entry, Instant now) {
    Join join = entry.join();
    int boost = aging.boost(Duration.between(entry.joinedAt(), now));
    return new CallerView(entry.callId(), join.priority() + boost, join.skills(), entry.joinedAt(),
        entry.arrival(), entry.rotation());
  }
}
