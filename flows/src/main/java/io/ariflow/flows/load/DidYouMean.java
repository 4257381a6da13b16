package io.ariflow.flows.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one, so a message can say "did you mean 'bargeIn'?". */
public final class DidYouMean {

  private DidYouMean() {
  }

  /**
   * The known name closest to {@code wrong} (case-insensitive edit distance), if it is close enough: at most
   * a third of the longer name's length and never more than 3 edits.
   */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    return known.stream()
        .min(Comparator.comparingInt((String k) -> distance(wrong, k)).thenComparing(k -> k))
        .filter(k -> distance(wrong, k) <= Math.min(3, Math.max(1, Math.max(wrong.length(), k.length()) / 3)));
  }

  /** {@code "; did you mean 'x'?"} when there is a close name, else the empty string. */
  public static String hint(String wrong, Collection<String> known) {
    return closest(wrong, known).map(k -> "; did you mean '" + k + "'?").orElse("");
  }

  /** Case-insensitive Levenshtein distance, counting an adjacent swap as one edit. */
  public static int distance(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }
}
