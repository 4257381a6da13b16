package io.ariflow.flows.conference.supervision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import io.ariflow.flows.spec.Location;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The declared supervision configuration: who may supervise whom (the allow-list), the groups rules name, and
 * the supervisor's keys. Immutable; the loader builds a new one on reload. Without a declaration nobody may
 * supervise anybody.
 *
 * @param policy the allow rules
 * @param groups group name -> identities in it ({@code PJSIP/1001})
 * @param keys the supervisor's keys during a session
 * @param declaredAt where the rules were declared (a reload that breaks that file keeps them); empty for rules
 *     built in code and for {@link #NONE}
 */
public record SupervisionRules(AllowListPolicy policy, Map<String, Set<String>> groups, SupervisionKeys keys,
    Optional<Location> declaredAt) {

  /** No rules: every request is refused; default keys. */
  public static final SupervisionRules NONE =
      new SupervisionRules(new AllowListPolicy(List.of()), Map.of(), SupervisionKeys.DEFAULTS);

  /** Copies the groups and rejects nulls. */
  public SupervisionRules {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(declaredAt, "declaredAt");
    groups = Map.copyOf(groups);
  }

  /** Rules built in code. */
  public SupervisionRules(AllowListPolicy policy, Map<String, Set<String>> groups, SupervisionKeys keys) {
    this(policy, groups, keys, Optional.empty());
  }

  /** The same rules, declared at {@code location}. */
  public SupervisionRules at(Location location) {
    return new SupervisionRules(policy, groups, keys, Optional.of(location));
  }

  /** The party on {@code channelId} known as {@code identity}, with the groups it belongs to. */
  public Party party(String channelId, String identity) {
    Set<String> memberOf = new LinkedHashSet<>();
    groups.forEach((group, members) -> {
      if (members.contains(identity)) {
        memberOf.add(group);
      }
    });
    return new Party(channelId, identity, memberOf);
  }
}
