package io.ariflow.flows.conference.room;

import java.util.Objects;

/**
 * Who a member is, from the channel's caller id: shown in listings and used by service codes, which find a
 * participant by its number (or its seat).
 *
 * @param name the caller id name, may be empty
 * @param number the caller id number, may be empty
 */
public record Caller(String name, String number) {

  /** Rejects nulls. */
  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(number, "number");
  }
}
