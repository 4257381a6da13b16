package io.ariflow.flows.conference.spec;

import java.util.Objects;

/**
 * One line of a DTMF menu: the digits to press and the action. For a service code the digits are the prefix
 * before the argument.
 *
 * @param digits {@code 0-9}, {@code *} and {@code #}, e.g. {@code *1}
 * @param action what pressing them does
 */
public record MenuEntry(String digits, MenuAction action) {

  /** Rejects nulls. */
  public MenuEntry {
    Objects.requireNonNull(digits, "digits");
    Objects.requireNonNull(action, "action");
  }
}
