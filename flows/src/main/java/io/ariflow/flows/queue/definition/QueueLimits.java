package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may join and how long they may stay: app_queue's {@code maxlen}, the Queue() timeout, and the
 * {@code joinempty} / {@code leavewhenempty} rules.
 *
 * @param maxLen the most callers waiting at once; zero means no limit
 * @param maxWait how long a caller may wait before overflowing (a join may shorten or lengthen it)
 * @param joinEmpty the conditions under which a member does not count when a caller joins
 * @param leaveWhenEmpty the conditions under which a member does not count while callers wait
 */
public record QueueLimits(
    int maxLen, Optional<Duration> maxWait, Set<EmptyCondition> joinEmpty, Set<EmptyCondition> leaveWhenEmpty) {

  /** Copies the sets and rejects nulls. */
  public QueueLimits {
    Objects.requireNonNull(maxWait, "maxWait");
    joinEmpty = Set.copyOf(joinEmpty);
    leaveWhenEmpty = Set.copyOf(leaveWhenEmpty);
  }

  /** app_queue's defaults: no length limit, no timeout, callers may join and stay in an empty queue. */
  public static QueueLimits defaults() {
    return new QueueLimits(0, Optional.empty(), Set.of(), Set.of());
  }

  /** A copy with this length limit and maximum wait. */
  public QueueLimits withSize(int length, Optional<Duration> wait) {
    return new QueueLimits(length, wait, joinEmpty, leaveWhenEmpty);
  }

  /** A copy with these empty rules. */
  public QueueLimits withEmptyRules(Set<EmptyCondition> join, Set<EmptyCondition> leave) {
    return new QueueLimits(maxLen, maxWait, join, leave);
  }
}
