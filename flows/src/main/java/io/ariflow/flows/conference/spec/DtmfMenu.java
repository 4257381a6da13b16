package io.ariflow.flows.conference.spec;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named DTMF menu used by members of one or more roles while they are in a room. Digits collect until they
 * match an entry; a partial sequence is dropped after {@code digitTimeout} without a further digit.
 *
 * @param name the menu's name, referenced by user profiles
 * @param entries the entries; no entry's digits may be a prefix of another's
 * @param digitTimeout how long a partial sequence waits for the next digit
 */
public record DtmfMenu(String name, List<MenuEntry> entries, Duration digitTimeout) {

  /** The default wait for the next digit. */
  public static final Duration DEFAULT_DIGIT_TIMEOUT = Duration.ofSeconds(3);

  /** Copies the entries and rejects nulls. */
  public DtmfMenu {
    Objects.requireNonNull(name, "name");
    entries = List.copyOf(entries);
    Objects.requireNonNull(digitTimeout, "digitTimeout");
  }

  /** A menu with the default digit timeout. */
  public static DtmfMenu of(String name, MenuEntry... entries) {
    return new DtmfMenu(name, List.of(entries), DEFAULT_DIGIT_TIMEOUT);
  }

  /** The entry for {@code action}, if the menu has one. */
  public Optional<MenuEntry> entryFor(MenuAction action) {
    return entries.stream().filter(entry -> entry.action() == action).findFirst();
  }
}
