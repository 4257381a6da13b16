package io.ariflow.flows.spec;

import java.util.List;
import java.util.Objects;

/**
 * Call screening for {@code dial}: the callee hears {@code prompt} and must press {@code accept} before the
 * caller is bridged; anything else counts as no answer.
 *
 * @param prompt media played to the callee
 * @param accept the digit that accepts the call
 */
public record ScreenSpec(List<MediaRef> prompt, String accept) {

  /** Copies the prompt and rejects a null digit. */
  public ScreenSpec {
    prompt = List.copyOf(prompt);
    Objects.requireNonNull(accept, "accept");
  }
}
