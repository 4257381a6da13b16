package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.stats.AbandonRecord;
import io.ariflow.flows.queue.stats.MemberStatistics;
import io.ariflow.flows.queue.stats.QueueStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running counters behind {@link QueueStatistics}; one per queue, fed by its engine. */
final class StatisticsRecorder {

  private static final int RECENT_ABANDONS = 50;

  private final String queue;
  private final Duration serviceLevel;
  private final Deque<AbandonRecord> recentAbandons = new ArrayDeque<>();
  private final Map<String, long[]> memberCounts = new LinkedHashMap<>();
  private final Map<String, Duration> memberTalk = new LinkedHashMap<>();
  private long joined;
  private long rejectedFull;
  private long rejectedEmpty;
  private long answered;
  private long answeredInSl;
  private long abandoned;
  private long abandonedInSl;
  private long exitedWithKey;
  private long timedOut;
  private long leftEmpty;
  private long callbacksFailed;
  private long completed;
  private Duration waitAnswered = Duration.ZERO;
  private Duration talk = Duration.ZERO;
  private Duration waitAbandoned = Duration.ZERO;

  StatisticsRecorder(String queue, Duration serviceLevel) {
    this.queue = queue;
    this.serviceLevel = serviceLevel;
  }

  void joined() {
    joined++;
  }

  void rejected(OverflowReason reason) {
    if (reason == OverflowReason.FULL) {
      rejectedFull++;
    } else {
      rejectedEmpty++;
    }
  }

  /** app_queue's rule: within the service level when the wait in whole seconds is at most the threshold. */
  boolean withinServiceLevel(long waitedSeconds) {
    return waitedSeconds <= serviceLevel.toSeconds();
  }

  void answered(String agentId, long waitedSeconds) {
    answered++;
    answeredInSl += withinServiceLevel(waitedSeconds) ? 1 : 0;
    waitAnswered = waitAnswered.plusSeconds(waitedSeconds);
    member(agentId)[1]++;
  }

  void abandoned(AbandonRecord record) {
    abandoned++;
    abandonedInSl += withinServiceLevel(record.waited().toSeconds()) ? 1 : 0;
    waitAbandoned = waitAbandoned.plus(record.waited());
    recentAbandons.addLast(record);
    if (recentAbandons.size() > RECENT_ABANDONS) {
      recentAbandons.removeFirst();
    }
  }

  void exitedWithKey() {
    exitedWithKey++;
  }

  void overflowed(OverflowReason reason) {
    if (reason == OverflowReason.TIMEOUT) {
      timedOut++;
    } else {
      leftEmpty++;
    }
  }

  void callbackFailed() {
    callbacksFailed++;
  }

  void offered(String agentId) {
    member(agentId)[0]++;
  }

  void missed(String agentId) {
    member(agentId)[2]++;
  }

  void completed(String agentId, Duration talkTime) {
    completed++;
    talk = talk.plus(talkTime);
    member(agentId)[3]++;
    memberTalk.merge(agentId, talkTime, Duration::plus);
  }

  QueueStatistics snapshot(Collection<QueueEntry> entries, long holdTimeSeconds, Instant now) {
    long waiting = entries.stream().filter(e -> e.state().queued()).count();
    long talking = entries.stream().filter(e -> e.state() == EntryState.CONNECTED).count();
    Duration longest = entries.stream().filter(e -> e.state().queued())
        .map(e -> Duration.between(e.joinedAt(), now)).max(Duration::compareTo).orElse(Duration.ZERO);
    Map<String, MemberStatistics> members = new LinkedHashMap<>();
    memberCounts.forEach((agent, c) -> members.put(agent, new MemberStatistics(agent, c[0], c[1], c[2], c[3],
        memberTalk.getOrDefault(agent, Duration.ZERO))));
    return new QueueStatistics(queue, joined, rejectedFull, rejectedEmpty, waiting, longest, answered,
        answeredInSl, abandoned, abandonedInSl, exitedWithKey, timedOut, leftEmpty, callbacksFailed, talking,
        completed, waitAnswered, talk, waitAbandoned, Duration.ofSeconds(holdTimeSeconds), serviceLevel,
        List.copyOf(recentAbandons), members);
  }

  private long[] member(String agentId) {
    return memberCounts.computeIfAbsent(agentId, id -> new long[4]);
  }
}
