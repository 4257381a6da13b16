package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.agent.AgentPool;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.engine.QueueCommand.Joined;
import io.ariflow.flows.queue.engine.QueueCommand.Overflow;
import io.ariflow.flows.queue.engine.QueueInput.AddMember;
import io.ariflow.flows.queue.engine.QueueInput.CallEnded;
import io.ariflow.flows.queue.engine.QueueInput.CallbackAnswered;
import io.ariflow.flows.queue.engine.QueueInput.CallbackUnreached;
import io.ariflow.flows.queue.engine.QueueInput.CallerExited;
import io.ariflow.flows.queue.engine.QueueInput.CallerHungUp;
import io.ariflow.flows.queue.engine.QueueInput.Join;
import io.ariflow.flows.queue.engine.QueueInput.OfferAnswered;
import io.ariflow.flows.queue.engine.QueueInput.OfferPickedUp;
import io.ariflow.flows.queue.engine.QueueInput.OfferRefused;
import io.ariflow.flows.queue.engine.QueueInput.RemoveMember;
import io.ariflow.flows.queue.engine.QueueInput.RequestCallback;
import io.ariflow.flows.queue.log.QueueLogEvent;
import io.ariflow.flows.queue.log.QueueLogRecord;
import io.ariflow.flows.queue.stats.QueueStatistics;
import io.ariflow.flows.queue.strategy.CallerView;
import io.ariflow.flows.queue.strategy.DistributionStrategy;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The one owner of one queue: fed {@link QueueInput} messages with the time they happen, it returns
 * {@link Decisions} (commands, queue_log records, the next wake-up) and never calls anything but the
 * {@link AgentPool} port and its strategy. No clock, no threads, no I/O: the same inputs give the same
 * decisions, which is what lets tests run on virtual time and the owner move to another node.
 *
 * <p>After every message the engine re-evaluates the queue in app_queue's order: ring timeouts, maximum
 * waits, leave-when-empty, offers, announcements. Not thread-safe by design.
 */
public final class QueueEngine {

  private final QueueContext q;
  private final Offers offers;
  private final Departures departures;
  private final Callbacks callbacks;
  private final Completions completions;

  /** An engine for {@code definition} (already validated) reserving agents through {@code pool}. */
  public QueueEngine(QueueDefinition definition, DistributionStrategy strategy, AgentPool pool,
      RandomGenerator random, TransitionObserver observer) {
    this.q = new QueueContext(definition, strategy, pool, random,
        new EntryBook(strategy, definition.aging(), observer));
    this.completions = new Completions(q);
    this.offers = new Offers(q, completions);
    this.departures = new Departures(q, offers, completions);
    this.callbacks = new Callbacks(q, offers, completions);
  }

  /** The queue's name. */
  public String name() {
    return q.name();
  }

  /** The queue's definition. */
  public QueueDefinition definition() {
    return q.definition;
  }

  /** Applies {@code input} at {@code now}, then re-evaluates the queue. */
  public Decisions handle(QueueInput input, Instant now) {
    Outbox out = new Outbox(name(), now);
    Outcome outcome = route(input, out);
    evaluate(out);
    return out.decisions(outcome, nextWakeAt(now));
  }

  /** Applies {@code input} without re-evaluating (an owner of several queues evaluates them in weight order). */
  public Decisions apply(QueueInput input, Instant now) {
    Outbox out = new Outbox(name(), now);
    Outcome outcome = route(input, out);
    return out.decisions(outcome, nextWakeAt(now));
  }

  /** Re-evaluates the queue at {@code now}: expiries, overflow rules, offers and announcements. */
  public Decisions evaluate(Instant now) {
    Outbox out = new Outbox(name(), now);
    evaluate(out);
    return out.decisions(new Outcome.Applied(List.of()), nextWakeAt(now));
  }

  private void evaluate(Outbox out) {
    offers.expire(out);
    departures.expireWaits(out);
    departures.leaveEmpty(out);
    offers.dispatch(out);
    announce(out);
  }

  private Outcome route(QueueInput input, Outbox out) {
    if (input instanceof Join join) {
      return join(join, out);
    }
    if (input instanceof AddMember add) {
      return addMember(add, out);
    }
    if (input instanceof RemoveMember remove) {
      return removeMember(remove, out);
    }
    Optional<String> callId = input.callId();
    if (callId.isEmpty()) {
      return new Outcome.Applied(List.of());
    }
    Optional<QueueEntry> entry = q.entries.get(callId.get());
    if (entry.isEmpty() && input instanceof OfferAnswered late) {
      return offers.tooLate(late.call(), late.agentId(), out);
    }
    if (entry.isEmpty()) {
      return new Outcome.Ignored(input.getClass().getSimpleName(), "no call " + callId.get() + " in " + name());
    }
    return routeToEntry(input, entry.get(), out);
  }

  private Outcome routeToEntry(QueueInput input, QueueEntry entry, Outbox out) {
    if (input instanceof CallerHungUp) {
      return departures.hangUp(entry, out);
    }
    if (input instanceof CallerExited exited) {
      return departures.exit(entry, exited.key(), out);
    }
    if (input instanceof RequestCallback request) {
      return callbacks.request(entry, request.number(), out);
    }
    if (input instanceof OfferAnswered answered) {
      return offers.answered(entry, answered.agentId(), answered.agentChannelId(), out);
    }
    if (input instanceof OfferRefused refused) {
      return offers.refused(entry, refused.agentId(), out);
    }
    if (input instanceof OfferPickedUp picked) {
      return offers.pickedUp(entry, picked, out);
    }
    if (input instanceof CallbackAnswered) {
      return callbacks.callerAnswered(entry, out);
    }
    if (input instanceof CallbackUnreached) {
      return callbacks.unreached(entry, out);
    }
    if (input instanceof CallEnded ended) {
      return completions.ended(entry, ended.endedBy(), out);
    }
    throw new IllegalStateException("unhandled queue input " + input);
  }

  private Outcome join(Join join, Outbox out) {
    Instant now = out.now();
    if (q.entries.contains(join.call())) {
      return new Outcome.Ignored("Join", join.call() + " is already in " + name());
    }
    CallerView arriving = new CallerView(join.call(), join.priority(), join.skills(), now, Long.MAX_VALUE, 0);
    if (q.empty(q.definition.limits().joinEmpty(), join, arriving, Duration.ZERO)) {
      return reject(join, OverflowReason.JOIN_EMPTY, out);
    }
    int maxLen = q.definition.limits().maxLen();
    if (maxLen > 0 && q.entries.queuedCount() >= maxLen) {
      return reject(join, OverflowReason.FULL, out);
    }
    Optional<Instant> expiresAt = join.maxWait().or(() -> q.definition.limits().maxWait()).map(now::plus);
    QueueEntry entry = q.entries.add(join, now, expiresAt);
    int position = q.entries.position(entry, now);
    entry.originalPosition(position);
    q.stats.joined();
    out.log(join.call(), QueueLogRecord.NONE, new QueueLogEvent.EnterQueue(join.url(), join.callerId(), position));
    out.command(new Joined(join.call(), position));
    return new Outcome.Applied(List.of());
  }

  private Outcome reject(Join join, OverflowReason reason, Outbox out) {
    q.stats.rejected(reason);
    out.command(new Overflow(join.call(), reason));
    return new Outcome.Applied(List.of());
  }

  private Outcome addMember(AddMember add, Outbox out) {
    if (!q.roster.add(add.member())) {
      return new Outcome.Ignored("AddMember", add.member().agentId() + " is already a member of " + name());
    }
    out.log(QueueLogRecord.NONE, add.member().agentId(), new QueueLogEvent.AddMember(add.paused()));
    return new Outcome.Applied(List.of());
  }

  private Outcome removeMember(RemoveMember remove, Outbox out) {
    if (!q.roster.remove(remove.agentId())) {
      return new Outcome.Ignored("RemoveMember", remove.agentId() + " is not a member of " + name());
    }
    out.log(QueueLogRecord.NONE, remove.agentId(), new QueueLogEvent.RemoveMember());
    return new Outcome.Applied(List.of());
  }

  private void announce(Outbox out) {
    Announcer announcer = q.announcer;
    if (!announcer.announcesAnything()) {
      return;
    }
    Instant now = out.now();
    List<QueueEntry> queued = q.entries.queued(now);
    for (int i = 0; i < queued.size(); i++) {
      QueueEntry entry = queued.get(i);
      if (!hearsAnnouncements(entry)) {
        continue;
      }
      if (announcer.positionDue(entry, i + 1, now)) {
        announcer.announce(entry, i + 1, q.holdTime.seconds(), now).ifPresent(out::command);
      }
      if (announcer.periodicDue(entry, now)) {
        out.command(announcer.periodic(entry, now, q.random));
      }
    }
  }

  private boolean hearsAnnouncements(QueueEntry entry) {
    return entry.state() == EntryState.WAITING
        || entry.state() == EntryState.RINGING && q.announcer.whileRinging();
  }

  /** When something is next due after {@code now}: a ring timeout, a retry, a maximum wait, an announcement. */
  public Optional<Instant> nextWakeAt(Instant now) {
    List<Instant> due = new ArrayList<>();
    List<QueueEntry> queued = q.entries.queued(now);
    for (int i = 0; i < queued.size(); i++) {
      QueueEntry entry = queued.get(i);
      entry.round().ifPresent(round -> due.add(round.deadline()));
      entry.nextAttemptAt().ifPresent(due::add);
      if (!entry.state().callback()) {
        entry.expiresAt().ifPresent(due::add);
        q.definition.penaltyRules().forEach(rule -> due.add(entry.joinedAt().plus(rule.after())));
      }
      if (hearsAnnouncements(entry) && q.announcer.announcesPosition()) {
        due.add(q.announcer.positionDueAt(entry, i + 1, now));
      }
      if (hearsAnnouncements(entry) && q.announcer.announcesPeriodically()) {
        due.add(q.announcer.periodicDueAt(entry));
      }
    }
    return due.stream().filter(at -> at.isAfter(now)).min(Instant::compareTo);
  }

  /** The queue's statistics at {@code now}. */
  public QueueStatistics statistics(Instant now) {
    return q.stats.snapshot(q.entries.all(), q.holdTime.seconds(), now);
  }

  /** The callers in the queue (in position order) and those talking (position 0). */
  public List<QueuedCaller> callers(Instant now) {
    List<QueuedCaller> callers = new ArrayList<>();
    List<QueueEntry> queued = q.entries.queued(now);
    for (int i = 0; i < queued.size(); i++) {
      callers.add(caller(queued.get(i), i + 1, now));
    }
    q.entries.all().stream().filter(e -> !e.state().queued()).forEach(e -> callers.add(caller(e, 0, now)));
    return callers;
  }

  private static QueuedCaller caller(QueueEntry entry, int position, Instant now) {
    Optional<String> agent = entry.round().flatMap(r -> r.ringing().stream().findFirst()).or(entry::agentId);
    return new QueuedCaller(entry.callId(), position, entry.state(), Duration.between(entry.joinedAt(), now),
        agent);
  }

  /** The entry's recent transitions, for reports (empty once the caller is gone). */
  public List<HistoryEntry> history(String callId) {
    return q.entries.get(callId).map(QueueEntry::history).orElse(List.of());
  }

  /** Callers holding a position (app_queue's queue count). */
  public int waitingCount() {
    return q.entries.queuedCount();
  }

  /** Whether {@code agentId} is a member now. */
  public boolean hasMember(String agentId) {
    return q.roster.contains(agentId);
  }

  /** Members that could be rung now (app_queue's available members). */
  public int availableMembers() {
    return (int) q.roster.members().stream()
        .filter(m -> q.pool.view(m.agentId()).filter(v -> v.offerable(q.ringInUse(m))).isPresent()).count();
  }
}
