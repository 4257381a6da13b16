package io.ariflow.flows.queue.definition;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of a queue: a static member (an endpoint such as {@code PJSIP/2001} or {@code Local/2001@agents},
 * always logged in) or a dynamic agent (an id that logs in at run time and says which endpoint to ring). The
 * id is what {@code queue_log} shows in its agent column.
 *
 * @param agentId the member's id; for static members usually the endpoint itself
 * @param endpoint the endpoint to ring for a static member; empty for a dynamic agent
 * @param penalty lower penalties are offered first (app_queue's tiers)
 * @param skills skill name to level (higher is better), for skills-based routing
 * @param ringInUse overrides the queue's ring-in-use rule for this member
 */
public record MemberDefinition(
    String agentId, Optional<String> endpoint, int penalty, Map<String, Integer> skills,
    Optional<Boolean> ringInUse) {

  /** Copies the skills and rejects nulls. */
  public MemberDefinition {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(endpoint, "endpoint");
    skills = Map.copyOf(skills);
    Objects.requireNonNull(ringInUse, "ringInUse");
  }

  /** A static member ringing {@code endpoint}, known by that same name. */
  public static MemberDefinition endpoint(String endpoint, int penalty) {
    return new MemberDefinition(endpoint, Optional.of(endpoint), penalty, Map.of(), Optional.empty());
  }

  /** A dynamic agent that logs in at run time. */
  public static MemberDefinition agent(String agentId, int penalty) {
    return new MemberDefinition(agentId, Optional.empty(), penalty, Map.of(), Optional.empty());
  }

  /** A copy with these skills. */
  public MemberDefinition withSkills(Map<String, Integer> levels) {
    return new MemberDefinition(agentId, endpoint, penalty, levels, ringInUse);
  }

  /** Whether the member is static (has an endpoint of its own). */
  public boolean isStatic() {
    return endpoint.isPresent();
  }
}
