package io.ariflow.flows.conference.supervision;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One line of an allow-list: supervisors matching {@code supervisor} may supervise agents matching {@code agent}
 * in {@code modes}. A selector is an identity ({@code PJSIP/1001}), {@code group:<name>}, or {@code *}.
 *
 * @param supervisor who may supervise
 * @param agent whom
 * @param modes how
 */
public record AllowRule(String supervisor, String agent, Set<SupervisionMode> modes) {

  /** Copies the modes and rejects nulls. */
  public AllowRule {
    Objects.requireNonNull(supervisor, "supervisor");
    Objects.requireNonNull(agent, "agent");
    modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
  }

  /** Whether the rule allows {@code supervisor} to supervise {@code agent} in {@code mode}. */
  public boolean allows(Party supervisorParty, Party agentParty, SupervisionMode mode) {
    return modes.contains(mode) && matches(supervisor, supervisorParty) && matches(agent, agentParty);
  }

  private static boolean matches(String selector, Party party) {
    if (selector.equals("*")) {
      return true;
    }
    if (selector.startsWith("group:")) {
      return party.groups().contains(selector.substring("group:".length()));
    }
    return selector.equals(party.identity());
  }
}
