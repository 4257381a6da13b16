package io.ariflow.flows.conference.spec;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which room names a declaration covers: an exact name ({@code board}) or a glob where {@code *} stands for any
 * run of characters ({@code team-*}). When several match, the exact one wins, then the one with more literal
 * characters, so {@code team-sales-*} beats {@code team-*}.
 *
 * @param text the pattern as declared
 */
public record NamePattern(String text) {

  /** The characters a room name and a pattern may use besides {@code *}. */
  public static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9._@+-]+");

  /** Rejects null. */
  public NamePattern {
    Objects.requireNonNull(text, "text");
  }

  /** The pattern {@code text}. */
  public static NamePattern of(String text) {
    return new NamePattern(text);
  }

  /** Whether the pattern has no wildcard. */
  public boolean isExact() {
    return text.indexOf('*') < 0;
  }

  /** Whether the pattern is well formed: not empty, only room-name characters and {@code *}. */
  public boolean isValid() {
    String literal = text.replace("*", "");
    return !text.isEmpty() && (literal.isEmpty() || ROOM_NAME.matcher(literal).matches());
  }

  /** The number of literal characters, used to prefer the more specific of two matching globs. */
  public int specificity() {
    return text.replace("*", "").length();
  }

  /** Whether {@code room} matches. */
  public boolean matches(String room) {
    return matches(room, 0, 0);
  }

  private boolean matches(String room, int at, int from) {
    if (from == text.length()) {
      return at == room.length();
    }
    char next = text.charAt(from);
    if (next != '*') {
      return at < room.length() && room.charAt(at) == next && matches(room, at + 1, from + 1);
    }
    for (int end = at; end <= room.length(); end++) {
      if (matches(room, end, from + 1)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
