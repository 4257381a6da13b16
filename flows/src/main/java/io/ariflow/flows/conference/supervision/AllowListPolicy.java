package io.ariflow.flows.conference.supervision;

import java.util.List;

/**
 * The default policy: deny unless a rule allows, and never let anyone supervise themselves. Immutable; the
 * loader builds a new one on reload.
 *
 * @param rules the allow rules, any of which may allow
 */
public record AllowListPolicy(List<AllowRule> rules) implements SupervisionPolicy {

  /** Copies the rules. */
  public AllowListPolicy {
    rules = List.copyOf(rules);
  }

  /** A policy of {@code rules}. */
  public static AllowListPolicy of(AllowRule... rules) {
    return new AllowListPolicy(List.of(rules));
  }

  @Override
  public PolicyVerdict check(Party supervisor, Party agent, SupervisionMode mode) {
    if (supervisor.identity().equals(agent.identity()) || supervisor.channelId().equals(agent.channelId())) {
      return new PolicyVerdict.Denied("nobody supervises themselves");
    }
    for (AllowRule rule : rules) {
      if (rule.allows(supervisor, agent, mode)) {
        return new PolicyVerdict.Allowed();
      }
    }
    return new PolicyVerdict.Denied(supervisor.identity() + " may not " + mode.label() + " on " + agent.identity());
  }
}
