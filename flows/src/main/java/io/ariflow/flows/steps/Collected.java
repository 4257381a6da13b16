package io.ariflow.flows.steps;

/**
 * The digits of one entry and what ended it.
 *
 * @param digits the digits, without the terminator
 * @param end what ended the entry
 */
public record Collected(String digits, End end) {

  /** What ended an entry. */
  public enum End {
    /** The terminator key. */
    TERMINATOR,
    /** The rules said the entry was complete. */
    COMPLETE,
    /** The inter-digit timer after at least one digit. */
    TIMEOUT,
    /** Nothing was pressed before the first-digit timer. */
    NO_INPUT
  }

  /** Whether nothing was entered. */
  public boolean isEmpty() {
    return digits.isEmpty();
  }
}
