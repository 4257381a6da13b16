package io.ariflow.model.request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes one path segment (RFC 3986 {@code pchar}), because ARI ids contain characters that
 * must survive the trip: {@code Local/answer@answer-wait-00000001;2} keeps {@code @} and {@code ;} but
 * its {@code /} becomes {@code %2F}, and a space becomes {@code %20}.
 */
public final class PathSegment {

  private static final String KEPT = "-._~!$&'()*,;=:@";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  /**
   * The value encoded for use as one path segment. {@code +} is encoded too, since Asterisk's HTTP
   * server decodes it as a space.
   */
  public static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnescaped(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** Reverses {@link #encode}: decodes {@code %XX} sequences as UTF-8 and leaves {@code +} alone. */
  public static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static boolean isUnescaped(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEPT.indexOf(c) >= 0;
  }
}
