package io.ariflow.flows.conference.command;

import java.util.Objects;

/**
 * The caller id shown to a dialled party, as ARI's originate {@code callerId} takes it ({@code "name" <number>}).
 *
 * @param name the display name, may be empty
 * @param number the number, may be empty
 */
public record CallerId(String name, String number) {

  /** No caller id: Asterisk's default applies. */
  public static final CallerId NONE = new CallerId("", "");

  /** Rejects nulls. */
  public CallerId {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(number, "number");
  }

  /** Whether neither name nor number is set. */
  public boolean isEmpty() {
    return name.isEmpty() && number.isEmpty();
  }

  /** The ARI form: {@code "name" <number>}, just the number without a name, or empty. */
  public String ariValue() {
    if (name.isEmpty()) {
      return number;
    }
    return "\"" + name + "\" <" + number + ">";
  }
}
