package io.ariflow.app.flowtest;

import java.util.regex.Pattern;

/** Media URIs as test files may write them: {@code sound:main-menu}, or just {@code main-menu} for a sound. */
final class Media {

  private static final Pattern SCHEME = Pattern.compile("[a-z]+:.*");

  private Media() {
  }

  /** {@code text} with {@code sound:} in front when it names no scheme. */
  static String withScheme(String text) {
    String trimmed = text.trim();
    return SCHEME.matcher(trimmed).matches() ? trimmed : "sound:" + trimmed;
  }
}
