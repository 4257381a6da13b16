package io.ariflow.flows.steps;

import java.util.Optional;

/**
 * How a prompt ended: played to the end, or stopped by the caller's digit (barge-in).
 *
 * @param digit the digit that stopped it, empty when it played to the end
 */
public record PromptEnd(Optional<String> digit) {

  /** Whether a digit stopped the prompt. */
  public boolean interrupted() {
    return digit.isPresent();
  }
}
