package io.ariflow.flows.conference.supervision;

/**
 * Who may supervise whom, and how: a configuration concern checked before any snoop is made. The default is
 * {@link AllowListPolicy}; deployments may plug in their own (a directory lookup, a CRM rule).
 */
@FunctionalInterface
public interface SupervisionPolicy {

  /** The verdict for {@code supervisor} supervising {@code agent} in {@code mode}. */
  PolicyVerdict check(Party supervisor, Party agent, SupervisionMode mode);
}
