package io.ariflow.flows.conference.menu;

import io.ariflow.flows.conference.spec.MenuEntry;
import java.util.Objects;

/** What the digits typed so far mean in a menu: wait for more, run an entry, or nothing. */
public sealed interface MenuMatch permits MenuMatch.Partial, MenuMatch.Complete, MenuMatch.NoMatch {

  /** The digits begin an entry (or a service code's argument); wait for the next digit. */
  record Partial() implements MenuMatch {
  }

  /**
   * The digits select {@code entry}; for a service code {@code argument} holds the digits before {@code #}.
   *
   * @param entry the entry
   * @param argument the service code's argument, empty for other entries
   */
  record Complete(MenuEntry entry, String argument) implements MenuMatch {
    /** Rejects nulls. */
    public Complete {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(argument, "argument");
    }
  }

  /** The digits match no entry; they are dropped. */
  record NoMatch() implements MenuMatch {
  }
}
