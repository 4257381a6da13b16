package io.ariflow.flows.conference.spec;

import io.ariflow.flows.load.Severity;
import java.util.Objects;

/**
 * One thing wrong with a room declaration, without a file position: the loader knows where {@code room} and
 * {@code field} were written and attaches {@code file:line:col}.
 *
 * @param severity error (the declaration is refused) or warning
 * @param room the declaration's name pattern
 * @param field the dotted path inside the declaration, e.g. {@code users.admin.menu} or {@code menus.admin.*5}
 * @param message what is wrong and how to fix it
 */
public record DeclarationProblem(Severity severity, String room, String field, String message) {

  /** Rejects nulls. */
  public DeclarationProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** An error. */
  public static DeclarationProblem error(String room, String field, String message) {
    return new DeclarationProblem(Severity.ERROR, room, field, message);
  }

  /** A warning. */
  public static DeclarationProblem warning(String room, String field, String message) {
    return new DeclarationProblem(Severity.WARNING, room, field, message);
  }

  /** Whether it is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return severity.label() + ": room " + room + ", " + field + ": " + message;
  }
}
