package io.ariflow.app.flowtest;

import io.ariflow.flows.load.DidYouMean;
import java.util.Collection;

/** The end of an "unknown name" message: the closest known name when there is one, else all of them. */
final class Hints {

  private Hints() {
  }

  /** {@code "; did you mean 'x'?"}, or {@code "; <what>: a, b, c"} when no name is close. */
  static String orList(String wrong, Collection<String> known, String what) {
    return DidYouMean.closest(wrong, known).map(k -> "; did you mean '" + k + "'?")
        .orElse("; " + what + ": " + String.join(", ", known));
  }
}
