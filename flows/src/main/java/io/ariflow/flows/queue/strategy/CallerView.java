package io.ariflow.flows.queue.strategy;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A waiting caller as strategies see it.
 *
 * @param callId the caller's call id
 * @param priority the effective priority now (joined priority plus aging)
 * @param requiredSkills skill name to the least level an agent needs
 * @param joinedAt when the caller joined
 * @param arrival the caller's arrival number in this queue (ties between equal priorities)
 * @param cursor the caller's own rotation cursor (the linear strategy's next member)
 */
public record CallerView(
    String callId, int priority, Map<String, Integer> requiredSkills, Instant joinedAt, long arrival, int cursor) {

  /** Copies the skills and rejects nulls. */
  public CallerView {
    Objects.requireNonNull(callId, "callId");
    requiredSkills = Map.copyOf(requiredSkills);
    Objects.requireNonNull(joinedAt, "joinedAt");
  }
}
