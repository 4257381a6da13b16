package io.ariflow.flows.queue.strategy;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A member who could be rung for a caller right now (logged in, available, device ringable), with what the
 * strategies rank on. Built by the queue from its member list and the agents' snapshots; a value, so
 * strategies stay pure functions.
 *
 * @param agentId the member's id
 * @param endpoint the endpoint to ring
 * @param penalty the member's penalty in this queue
 * @param skills skill name to level
 * @param declaredOrder the member's place in the queue's declaration (members first, then agents, then
 *     members added at run time)
 * @param joinOrder the order in which members joined the queue at run time (a re-login moves to the end)
 * @param callsTaken calls this member completed from this queue
 * @param lastCallEnd when this member's last call from this queue ended
 * @param idleSince when the member last became available
 */
public record Candidate(
    String agentId, String endpoint, int penalty, Map<String, Integer> skills, int declaredOrder, int joinOrder,
    int callsTaken, Optional<Instant> lastCallEnd, Instant idleSince) {

  /** Copies the skills and rejects nulls. */
  public Candidate {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(endpoint, "endpoint");
    skills = Map.copyOf(skills);
    Objects.requireNonNull(lastCallEnd, "lastCallEnd");
    Objects.requireNonNull(idleSince, "idleSince");
  }

  /** The member's level in {@code skill}, or -1 when it does not have it. */
  public int level(String skill) {
    return skills.getOrDefault(skill, -1);
  }
}
