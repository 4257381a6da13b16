package io.ariflow.flows.conference.supervision;

import java.util.Objects;
import java.util.Set;

/**
 * Someone in a supervision: the channel, and who it is for the rules (an endpoint or agent id, and the groups it
 * belongs to, e.g. {@code sales}, {@code team-leads}).
 *
 * @param channelId the party's channel
 * @param identity e.g. {@code PJSIP/1001} or {@code agent-42}
 * @param groups group names
 */
public record Party(String channelId, String identity, Set<String> groups) {

  /** Copies the groups and rejects nulls. */
  public Party {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(identity, "identity");
    groups = Set.copyOf(groups);
  }
}
