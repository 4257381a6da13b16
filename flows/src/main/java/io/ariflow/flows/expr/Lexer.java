package io.ariflow.flows.expr;

import java.util.Locale;
import java.util.Map;

/**
 * Splits expression text into tokens on demand, from a start offset, so a template's {@code ${...}} parts
 * are lexed in place and every position is an offset in the whole text. Path segments after a dot are read
 * by {@link #segment()}, which allows {@code -} inside names such as {@code steps.main-menu}.
 */
final class Lexer {

  private static final Map<String, TokenKind> KEYWORDS = Map.of(
      "and", TokenKind.AND, "or", TokenKind.OR, "not", TokenKind.NOT,
      "true", TokenKind.TRUE, "false", TokenKind.FALSE, "null", TokenKind.NULL);

  private final String text;
  private int pos;

  Lexer(String text, int from) {
    this.text = text;
    this.pos = from;
  }

  ExpressionException error(String problem, int at) {
    return new ExpressionException(problem, text, at);
  }

  Token next() {
    skipSpaces();
    if (pos >= text.length()) {
      return new Token(TokenKind.END, pos, pos, null);
    }
    char c = text.charAt(pos);
    if (isDigit(c)) {
      return number();
    }
    if (isNameStart(c)) {
      return name();
    }
    if (c == '\'' || c == '"') {
      return new StringLexer(this, text, pos).read();
    }
    return symbol(c);
  }

  /** Continues after a string literal ends at {@code end}. */
  Token stringToken(int start, int end, String value) {
    pos = end;
    return new Token(TokenKind.STRING, start, end, value);
  }

  /** A path segment right after a dot (letters, digits, {@code _}, and {@code -} before a letter), or null. */
  String segment() {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      boolean hyphenInName = c == '-' && pos > start && pos + 1 < text.length()
          && Character.isLetter(text.charAt(pos + 1));
      if (!isNamePart(c) && !hyphenInName) {
        break;
      }
      pos++;
    }
    return pos == start ? null : text.substring(start, pos);
  }

  int position() {
    return pos;
  }

  private Token number() {
    int start = pos;
    skipDigits();
    if (pos < text.length() && text.charAt(pos) == '.') {
      if (pos + 1 >= text.length() || !isDigit(text.charAt(pos + 1))) {
        throw error("a number needs digits after '.': write " + text.substring(start, pos) + ".0 or "
            + text.substring(start, pos), pos);
      }
      pos++;
      skipDigits();
    }
    if (pos < text.length() && isNameStart(text.charAt(pos))) {
      throw error("a name cannot start with a digit: '" + text.substring(start, endOfWord(pos)) + "'", start);
    }
    return new Token(TokenKind.NUMBER, start, pos, Numbers.parse(text.substring(start, pos)));
  }

  private Token name() {
    int start = pos;
    while (pos < text.length() && isNamePart(text.charAt(pos))) {
      pos++;
    }
    String word = text.substring(start, pos);
    TokenKind keyword = KEYWORDS.get(word);
    if (keyword == null && KEYWORDS.containsKey(word.toLowerCase(Locale.ROOT))) {
      throw error("write '" + word.toLowerCase(Locale.ROOT) + "' in lower case", start);
    }
    return new Token(keyword == null ? TokenKind.NAME : keyword, start, pos, word);
  }

  private Token symbol(char c) {
    int start = pos++;
    char following = pos < text.length() ? text.charAt(pos) : '\0';
    return switch (c) {
      case '+' -> token(TokenKind.PLUS, start);
      case '-' -> token(TokenKind.MINUS, start);
      case '*' -> token(TokenKind.STAR, start);
      case '/' -> token(TokenKind.SLASH, start);
      case '%' -> token(TokenKind.PERCENT, start);
      case '(' -> token(TokenKind.LPAREN, start);
      case ')' -> token(TokenKind.RPAREN, start);
      case '[' -> token(TokenKind.LBRACKET, start);
      case ']' -> token(TokenKind.RBRACKET, start);
      case '.' -> token(TokenKind.DOT, start);
      case ',' -> token(TokenKind.COMMA, start);
      case '}' -> token(TokenKind.RBRACE, start);
      case '<' -> following == '=' ? twoChars(TokenKind.LE, start) : token(TokenKind.LT, start);
      case '>' -> following == '=' ? twoChars(TokenKind.GE, start) : token(TokenKind.GT, start);
      case '=' -> following == '=' ? twoChars(TokenKind.EQ, start)
          : fail("use '==' to compare; a single '=' is not an operator", start);
      case '!' -> following == '=' ? twoChars(TokenKind.NE, start) : fail("use 'not' instead of '!'", start);
      case '&' -> fail("use 'and' instead of '" + (following == '&' ? "&&" : "&") + "'", start);
      case '|' -> fail("use 'or' instead of '" + (following == '|' ? "||" : "|") + "'", start);
      default -> fail("unexpected character '" + c + "'", start);
    };
  }

  private Token token(TokenKind kind, int start) {
    return new Token(kind, start, pos, null);
  }

  private Token twoChars(TokenKind kind, int start) {
    pos++;
    return token(kind, start);
  }

  private Token fail(String problem, int at) {
    throw error(problem, at);
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private void skipDigits() {
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private int endOfWord(int from) {
    int end = from;
    while (end < text.length() && isNamePart(text.charAt(end))) {
      end++;
    }
    return end;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
