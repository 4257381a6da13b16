package io.ariflow.sim.script;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for misspelt keys, events and actions: the closest known word within two edits. */
final class Suggest {

  private Suggest() {}

  static String didYouMean(String word, Collection<String> known) {
    return closest(word, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

  static Optional<String> closest(String word, Collection<String> known) {
    return known.stream().filter(k -> distance(word, k) <= 2)
        .min(Comparator.comparingInt(k -> distance(word, k)));
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
