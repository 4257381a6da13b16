package io.ariflow.app.flowtest;

import java.util.Objects;

/**
 * One way a case's call differed from what the case expects, as reports print it.
 *
 * @param subject what was checked ({@code path}, {@code variable tier}, {@code outcome}, {@code http}, ...)
 * @param expected what the case expects
 * @param actual what happened
 */
public record Mismatch(String subject, String expected, String actual) {

  /** Rejects missing parts. */
  public Mismatch {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }
}
