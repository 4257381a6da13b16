package io.ariflow.flows.conference.menu;

import io.ariflow.flows.conference.spec.DtmfMenu;
import io.ariflow.flows.conference.spec.MenuEntry;

/**
 * Matches typed digits against a menu. Plain entries match their digits exactly; a service code matches its
 * prefix, then one or more digits 0-9, then {@code #} ({@code *5 201 #}). Declarations are prefix-free (checked at
 * load time), so at most one entry can match.
 */
public final class MenuMatcher {

  private MenuMatcher() {
  }

  /** What {@code typed} means in {@code menu}. */
  public static MenuMatch match(DtmfMenu menu, String typed) {
    boolean partial = false;
    for (MenuEntry entry : menu.entries()) {
      String digits = entry.digits();
      if (entry.action().takesArgument() && typed.startsWith(digits)) {
        return argument(entry, typed.substring(digits.length()));
      }
      if (typed.equals(digits)) {
        return new MenuMatch.Complete(entry, "");
      }
      partial |= digits.startsWith(typed);
    }
    return partial ? new MenuMatch.Partial() : new MenuMatch.NoMatch();
  }

  private static MenuMatch argument(MenuEntry entry, String rest) {
    boolean ended = rest.endsWith("#");
    String argument = ended ? rest.substring(0, rest.length() - 1) : rest;
    if (!argument.chars().allMatch(Character::isDigit)) {
      return new MenuMatch.NoMatch();
    }
    if (!ended) {
      return new MenuMatch.Partial();
    }
    return argument.isEmpty() ? new MenuMatch.NoMatch() : new MenuMatch.Complete(entry, argument);
  }
}
