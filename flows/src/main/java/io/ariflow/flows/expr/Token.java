package io.ariflow.flows.expr;

/**
 * One token: its kind, where it starts and ends in the text, and its value for numbers, strings and names.
 *
 * @param kind the kind
 * @param start offset of the first character
 * @param end offset after the last character
 * @param value the number, the unescaped text or the name; null for other kinds
 */
record Token(TokenKind kind, int start, int end, Object value) {

  /** How a message shows the token: its text for names and numbers, its kind's words otherwise. */
  String describe() {
    return switch (kind) {
      case NAME -> "'" + value + "'";
      case NUMBER -> "number " + Values.text(value);
      default -> kind.words();
    };
  }
}
