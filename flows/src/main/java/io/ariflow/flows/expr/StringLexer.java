package io.ariflow.flows.expr;

/**
 * Reads one quoted literal. Escapes: backslash before a backslash, a quote, n, t, r, or u and four hex digits;
 * a backslash before any other character is kept, so regular expressions read naturally
 * ({@code '1\d{3}'} is {@code 1\d{3}}).
 */
final class StringLexer {

  private final Lexer lexer;
  private final String text;
  private final int start;

  StringLexer(Lexer lexer, String text, int start) {
    this.lexer = lexer;
    this.text = text;
    this.start = start;
  }

  Token read() {
    char quote = text.charAt(start);
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == quote) {
        return lexer.stringToken(start, i + 1, value.toString());
      }
      if (c == '\\' && i + 1 < text.length()) {
        i = escape(i, value);
      } else {
        value.append(c);
        i++;
      }
    }
    throw lexer.error("unterminated string: add the closing " + quote, start);
  }

  /** Appends the escape at {@code at} (a backslash) and returns the offset after it. */
  private int escape(int at, StringBuilder value) {
    char c = text.charAt(at + 1);
    switch (c) {
      case 'n' -> value.append('\n');
      case 't' -> value.append('\t');
      case 'r' -> value.append('\r');
      case '\\', '\'', '"' -> value.append(c);
      case 'u' -> {
        value.append(unicode(at));
        return at + 6;
      }
      default -> value.append('\\').append(c);
    }
    return at + 2;
  }

  private char unicode(int at) {
    if (at + 6 > text.length()) {
      throw lexer.error("'\\u' needs four hex digits, e.g. \\u00e9", at);
    }
    String hex = text.substring(at + 2, at + 6);
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw lexer.error("'\\u' needs four hex digits, e.g. \\u00e9", at);
      }
    }
    return (char) Integer.parseInt(hex, 16);
  }
}
