package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.engine.QueueInput.Join;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One caller's place in a queue: a cursor on {@link EntryTable} plus what its rows need (the offer in
 * progress, agents already tried in this round of attempts, the retry time, announcement bookkeeping, the
 * callback number, the agent it is connected to). Owned by its queue's engine.
 */
final class QueueEntry {

  private final Join join;
  private final Instant joinedAt;
  private final long arrival;
  private final Optional<Instant> expiresAt;
  private final TransitionHistory history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
  private final StateCursor<EntryState, EntryInput> cursor;
  private final Set<String> tried = new HashSet<>();
  private int originalPosition;
  private Optional<OfferRound> round = Optional.empty();
  private Optional<Instant> nextAttemptAt = Optional.empty();
  private int rotation;
  private Optional<Instant> lastPositionAt = Optional.empty();
  private int lastPositionSaid;
  private Instant lastPeriodicAt;
  private int periodicIndex;
  private Optional<String> callbackNumber = Optional.empty();
  private int callbackAttempts;
  private Optional<String> agentId = Optional.empty();
  private String agentChannel = "";
  private Optional<Instant> connectedAt = Optional.empty();

  QueueEntry(Join join, Instant joinedAt, long arrival, Optional<Instant> expiresAt, TransitionObserver observer) {
    this.join = join;
    this.joinedAt = joinedAt;
    this.arrival = arrival;
    this.expiresAt = expiresAt;
    this.cursor = new StateCursor<>(EntryTable.TABLE, EntryState.WAITING, history, observer);
    this.lastPeriodicAt = joinedAt;
  }

  /** Applies {@code input} if the table allows it in the current state; Illegal (nothing changed) if not. */
  Outcome apply(EntryInput input, Instant now) {
    Optional<Transition<EntryState, EntryInput>> row = cursor.lookup(input);
    String detail = input.name() + " at " + now;
    if (row.isEmpty()) {
      return new Outcome.Illegal(cursor.refuse(callId(), input, detail));
    }
    HistoryEntry entry = cursor.apply(row.get(), detail);
    if (row.get().from() != row.get().to() && !state().queued()) {
      round = Optional.empty();
    }
    return new Outcome.Applied(List.of(entry));
  }

  boolean accepts(EntryInput input) {
    return cursor.lookup(input).isPresent();
  }

  Join join() {
    return join;
  }

  String callId() {
    return join.call();
  }

  EntryState state() {
    return cursor.current();
  }

  Instant joinedAt() {
    return joinedAt;
  }

  long arrival() {
    return arrival;
  }

  Optional<Instant> expiresAt() {
    return expiresAt;
  }

  int originalPosition() {
    return originalPosition;
  }

  void originalPosition(int position) {
    this.originalPosition = position;
  }

  Optional<OfferRound> round() {
    return round;
  }

  void startRound(OfferRound started) {
    this.round = Optional.of(started);
  }

  void endRound() {
    this.round = Optional.empty();
  }

  Set<String> tried() {
    return tried;
  }

  Optional<Instant> nextAttemptAt() {
    return nextAttemptAt;
  }

  /** Waits until {@code at} before the next offer; everyone may be tried again then. */
  void retryAt(Instant at) {
    this.nextAttemptAt = Optional.of(at);
    tried.clear();
  }

  boolean mayAttempt(Instant now) {
    return nextAttemptAt.map(at -> !at.isAfter(now)).orElse(true);
  }

  int rotation() {
    return rotation;
  }

  void rotation(int value) {
    this.rotation = value;
  }

  Optional<Instant> lastPositionAt() {
    return lastPositionAt;
  }

  int lastPositionSaid() {
    return lastPositionSaid;
  }

  void positionAnnounced(Instant at, int position) {
    this.lastPositionAt = Optional.of(at);
    this.lastPositionSaid = position;
  }

  Instant lastPeriodicAt() {
    return lastPeriodicAt;
  }

  int periodicIndex() {
    return periodicIndex;
  }

  void periodicPlayed(Instant at, int nextIndex) {
    this.lastPeriodicAt = at;
    this.periodicIndex = nextIndex;
  }

  Optional<String> callbackNumber() {
    return callbackNumber;
  }

  void callbackNumber(String number) {
    this.callbackNumber = Optional.of(number);
  }

  int callbackAttempts() {
    return callbackAttempts;
  }

  void callbackAttempted() {
    callbackAttempts++;
  }

  Optional<String> agentId() {
    return agentId;
  }

  Optional<Instant> connectedAt() {
    return connectedAt;
  }

  String agentChannel() {
    return agentChannel;
  }

  /** Records the agent who answered, its leg, and when the caller was connected (empty while dialling back). */
  void agent(String agent, String channel, Optional<Instant> connected) {
    this.agentId = Optional.of(agent);
    this.agentChannel = channel;
    this.connectedAt = connected;
  }

  List<HistoryEntry> history() {
    return history.recent();
  }
}
