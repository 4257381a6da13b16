package io.ariflow.flows.queue.stats;

import java.time.Duration;
import java.util.Optional;

/**
 * One member's figures in one queue.
 *
 * @param agentId the member
 * @param offered offers made to the member (each ring counts once)
 * @param answered offers the member answered
 * @param missed offers the member let ring out or refused
 * @param completed calls from this queue that ended
 * @param talkTime total talk time of those calls
 */
public record MemberStatistics(
    String agentId, long offered, long answered, long missed, long completed, Duration talkTime) {

  /** The average talk time, if the member completed a call. */
  public Optional<Duration> averageTalkTime() {
    return completed == 0 ? Optional.empty() : Optional.of(talkTime.dividedBy(completed));
  }
}
