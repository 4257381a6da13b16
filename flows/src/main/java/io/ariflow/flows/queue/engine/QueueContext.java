package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.agent.AgentPool;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.flows.queue.definition.EmptyCondition;
import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.queue.engine.QueueInput.Join;
import io.ariflow.flows.queue.strategy.CallerView;
import io.ariflow.flows.queue.strategy.Candidate;
import io.ariflow.flows.queue.strategy.DistributionStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One queue's state and the rules every part of its engine shares: who may serve whom (penalty window,
 * penalty-members limit, skills), ring-in-use per member, and app_queue's whole-second time arithmetic.
 * Owned by one {@link QueueEngine}; its parts read and change it on the owner's thread only.
 */
final class QueueContext {

  final QueueDefinition definition;
  final DistributionStrategy strategy;
  final AgentPool pool;
  final RandomGenerator random;
  final Roster roster;
  final EntryBook entries;
  final StatisticsRecorder stats;
  final HoldTime holdTime = new HoldTime();
  final Announcer announcer;
  int queueCursor;

  QueueContext(QueueDefinition definition, DistributionStrategy strategy, AgentPool pool, RandomGenerator random,
      EntryBook entries) {
    this.definition = definition;
    this.strategy = strategy;
    this.pool = pool;
    this.random = random;
    this.roster = new Roster(definition);
    this.entries = entries;
    this.stats = new StatisticsRecorder(definition.name(), definition.serviceLevel());
    this.announcer = new Announcer(definition.announcements());
  }

  String name() {
    return definition.name();
  }

  /** Whole seconds from {@code from} to {@code to}, as app_queue's {@code time(NULL)} differences. */
  static long seconds(Instant from, Instant to) {
    return to.getEpochSecond() - from.getEpochSecond();
  }

  /** Whether penalties count: more members than app_queue's {@code penaltymemberslimit}. */
  boolean penaltiesApply() {
    return roster.size() > definition.offers().penaltyMembersLimit();
  }

  boolean ringInUse(RosterMember member) {
    return member.definition().ringInUse().orElse(definition.offers().ringInUse());
  }

  /** Whether {@code member} may serve a caller of {@code join} who has waited {@code waited}. */
  boolean reachable(Join join, CallerView caller, Duration waited, RosterMember member) {
    boolean inWindow = !penaltiesApply()
        || PenaltyWindow.at(join, definition.penaltyRules(), waited).allows(member.definition().penalty());
    return inWindow && strategy.eligible(caller, candidate(member, "", Instant.EPOCH));
  }

  boolean reachable(QueueEntry entry, RosterMember member, Instant now) {
    return reachable(entry.join(), entries.view(entry, now), Duration.between(entry.joinedAt(), now), member);
  }

  /** Whether no member counts for the caller under {@code conditions}. */
  boolean empty(Set<EmptyCondition> conditions, Join join, CallerView caller, Duration waited) {
    return EmptyCheck.empty(conditions, roster.members(), pool::view,
        member -> reachable(join, caller, waited, member), !definition.offers().wrapUpTime().isZero());
  }

  Candidate candidate(RosterMember member, AgentView view) {
    return candidate(member, view.endpoint().orElse(""), view.stateSince());
  }

  private Candidate candidate(RosterMember member, String endpoint, Instant idleSince) {
    Map<String, Integer> skills = member.definition().skills();
    return new Candidate(member.agentId(), endpoint, member.definition().penalty(), skills, member.declaredOrder(),
        member.joinOrder(), member.callsTaken(), member.lastCallEnd(), idleSince);
  }
}
