package io.ariflow.flows.steps;

/**
 * DTMF digits the caller pressed that no input step has consumed yet: a digit that barged into a prompt is
 * kept here for the next gather or menu, as FreeSWITCH keeps type-ahead. Bounded so a caller leaning on a key
 * cannot grow it; one per run, owned by the call's context.
 */
public final class DigitBuffer {

  /** How many digits are kept at most; older ones are dropped first. */
  public static final int CAPACITY = 32;

  private final StringBuilder digits = new StringBuilder();

  /** Keeps {@code digit} for the next input step. */
  public void append(String digit) {
    digits.append(digit);
    if (digits.length() > CAPACITY) {
      digits.delete(0, digits.length() - CAPACITY);
    }
  }

  /** Takes every kept digit, oldest first, leaving the buffer empty. */
  public String drain() {
    String all = digits.toString();
    digits.setLength(0);
    return all;
  }

  /** Whether no digit is kept. */
  public boolean isEmpty() {
    return digits.length() == 0;
  }
}
