package io.ariflow.flows.queue.stats;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A queue's figures at one moment. Every caller who joined is in exactly one bucket, so
 * {@code joined == answered + abandoned + overflowed() + exitedWithKey + callbacksFailed + waiting}
 * ({@link #balanced()}). Callers refused at the door (full, join-empty) never joined and are counted apart.
 *
 * @param queue the queue
 * @param joined callers accepted into the queue
 * @param rejectedFull callers refused because the queue was full
 * @param rejectedEmpty callers refused by the join-empty rule
 * @param waiting callers holding a position now (waiting, ringing, or offline for a callback)
 * @param longestWait how long the longest-waiting of them has waited
 * @param answered callers connected to an agent (callbacks included)
 * @param answeredWithinServiceLevel answered within the service-level threshold
 * @param abandoned callers who hung up while waiting or ringing
 * @param abandonedWithinServiceLevel of those, who hung up within the threshold
 * @param exitedWithKey callers who left with an exit key
 * @param timedOut callers who reached the maximum wait (overflow)
 * @param leftEmpty callers who left under the leave-when-empty rule (overflow)
 * @param callbacksFailed callbacks given up after the allowed attempts
 * @param talking answered calls still in progress
 * @param completed answered calls that ended
 * @param totalWaitAnswered total wait of answered callers
 * @param totalTalk total talk time of completed calls
 * @param totalWaitAbandoned total wait of abandoned callers
 * @param holdTimeEstimate app_queue's exponential average of answered waits, used for announcements
 * @param serviceLevelThreshold the queue's service-level threshold
 * @param recentAbandons the latest abandons, oldest first
 * @param members per-member figures by agent id
 */
public record QueueStatistics(
    String queue, long joined, long rejectedFull, long rejectedEmpty, long waiting, Duration longestWait,
    long answered, long answeredWithinServiceLevel, long abandoned, long abandonedWithinServiceLevel,
    long exitedWithKey, long timedOut, long leftEmpty, long callbacksFailed, long talking, long completed,
    Duration totalWaitAnswered, Duration totalTalk, Duration totalWaitAbandoned, Duration holdTimeEstimate,
    Duration serviceLevelThreshold, List<AbandonRecord> recentAbandons, Map<String, MemberStatistics> members) {

  /** Copies the collections. */
  public QueueStatistics {
    recentAbandons = List.copyOf(recentAbandons);
    members = Map.copyOf(members);
  }

  /** Callers sent to the overflow route while waiting: timed out or left an empty queue. */
  public long overflowed() {
    return timedOut + leftEmpty;
  }

  /** Whether every caller who joined is accounted for exactly once. */
  public boolean balanced() {
    return joined == answered + abandoned + overflowed() + exitedWithKey + callbacksFailed + waiting;
  }

  /** app_queue's service level: the share of answered calls answered within the threshold, 0..1. */
  public Optional<Double> serviceLevel() {
    return answered == 0 ? Optional.empty() : Optional.of((double) answeredWithinServiceLevel / answered);
  }

  /** The average wait of answered callers. */
  public Optional<Duration> averageWait() {
    return answered == 0 ? Optional.empty() : Optional.of(totalWaitAnswered.dividedBy(answered));
  }

  /** The average talk time of completed calls. */
  public Optional<Duration> averageTalkTime() {
    return completed == 0 ? Optional.empty() : Optional.of(totalTalk.dividedBy(completed));
  }

  /** The average wait of abandoned callers before they hung up. */
  public Optional<Duration> averageAbandonWait() {
    return abandoned == 0 ? Optional.empty() : Optional.of(totalWaitAbandoned.dividedBy(abandoned));
  }
}
