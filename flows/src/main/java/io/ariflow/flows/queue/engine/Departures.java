package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.EmptyCondition;
import io.ariflow.flows.queue.engine.QueueCommand.Overflow;
import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.ariflow.flows.queue.stats.AbandonRecord;
import io.ariflow.flows.state.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Callers leaving before an agent: hangup (ABANDON, or the end of a connected call), exit key
 * (EXITWITHKEY), maximum wait (EXITWITHTIMEOUT and overflow) and leave-when-empty (EXITEMPTY and overflow).
 * Positions are taken before the caller leaves, as app_queue logs them.
 */
final class Departures {

  private final QueueContext q;
  private final Offers offers;
  private final Completions completions;

  Departures(QueueContext q, Offers offers, Completions completions) {
    this.q = q;
    this.offers = offers;
    this.completions = completions;
  }

  Outcome hangUp(QueueEntry entry, Outbox out) {
    if (entry.state() == EntryState.CONNECTED) {
      return completions.ended(entry, EndedBy.CALLER, out);
    }
    if (!entry.accepts(EntryInput.HANGUP) || entry.state().callback()) {
      return entry.apply(EntryInput.HANGUP, out.now());
    }
    Instant now = out.now();
    int position = q.entries.position(entry, now);
    offers.withdraw(entry, out);
    Outcome outcome = entry.apply(EntryInput.HANGUP, now);
    long waited = QueueContext.seconds(entry.joinedAt(), now);
    out.log(entry.callId(), QueueLogRecord.NONE,
        new QueueLogEvent.Abandon(position, entry.originalPosition(), waited));
    q.stats.abandoned(new AbandonRecord(entry.callId(), now, position, entry.originalPosition(),
        Duration.ofSeconds(waited)));
    q.entries.remove(entry);
    return outcome;
  }

  Outcome exit(QueueEntry entry, String key, Outbox out) {
    if (!entry.accepts(EntryInput.EXIT_KEY)) {
      return entry.apply(EntryInput.EXIT_KEY, out.now());
    }
    Instant now = out.now();
    int position = q.entries.position(entry, now);
    offers.withdraw(entry, out);
    Outcome outcome = entry.apply(EntryInput.EXIT_KEY, now);
    out.log(entry.callId(), QueueLogRecord.NONE, new QueueLogEvent.ExitWithKey(key, position,
        entry.originalPosition(), QueueContext.seconds(entry.joinedAt(), now)));
    q.stats.exitedWithKey();
    q.entries.remove(entry);
    return outcome;
  }

  /** Overflows every caller (not a callback) that has waited its maximum. */
  void expireWaits(Outbox out) {
    Instant now = out.now();
    List<QueueEntry> queued = q.entries.queued(now);
    int gone = 0;
    for (int i = 0; i < queued.size(); i++) {
      QueueEntry entry = queued.get(i);
      boolean expired = entry.expiresAt().filter(at -> !at.isAfter(now)).isPresent();
      if (expired && entry.accepts(EntryInput.MAX_WAIT)) {
        offers.withdraw(entry, out);
        leave(entry, i + 1 - gone++, EntryInput.MAX_WAIT, OverflowReason.TIMEOUT, out);
      }
    }
  }

  /** Overflows every waiting caller for whom no member counts under the leave-when-empty rule. */
  void leaveEmpty(Outbox out) {
    Set<EmptyCondition> conditions = q.definition.limits().leaveWhenEmpty();
    if (conditions.isEmpty()) {
      return;
    }
    Instant now = out.now();
    List<QueueEntry> queued = q.entries.queued(now);
    int gone = 0;
    for (int i = 0; i < queued.size(); i++) {
      QueueEntry entry = queued.get(i);
      boolean empty = entry.state() == EntryState.WAITING && q.empty(conditions, entry.join(),
          q.entries.view(entry, now), Duration.between(entry.joinedAt(), now));
      if (empty) {
        leave(entry, i + 1 - gone++, EntryInput.EMPTY, OverflowReason.LEAVE_EMPTY, out);
      }
    }
  }

  private void leave(QueueEntry entry, int position, EntryInput input, OverflowReason reason, Outbox out) {
    Instant now = out.now();
    entry.apply(input, now);
    long waited = QueueContext.seconds(entry.joinedAt(), now);
    QueueLogEvent event = reason == OverflowReason.TIMEOUT
        ? new QueueLogEvent.ExitWithTimeout(position, entry.originalPosition(), waited)
        : new QueueLogEvent.ExitEmpty(position, entry.originalPosition(), waited);
    out.log(entry.callId(), QueueLogRecord.NONE, event);
    out.command(new Overflow(entry.callId(), reason));
    q.stats.overflowed(reason);
    q.entries.remove(entry);
  }
}
