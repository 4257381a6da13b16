package io.ariflow.flows.spec;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How collected digits are matched by {@code gather.match} and {@code menu.choices}: an exact value, a list
 * of values, or a {@code /regex/} compiled at load time so a bad pattern is a load error, not a call failure.
 */
public sealed interface Matcher permits Matcher.Exact, Matcher.AnyOf, Matcher.Regex {

  /** Whether the whole digit string matches. */
  boolean matches(String digits);

  /** Whether more digits after {@code digits} might still match (may say yes too often, never no wrongly). */
  boolean canExtend(String digits);

  /** The matcher as written in the flow file. */
  String source();

  /**
   * Matches one exact value.
   *
   * @param value the digits, e.g. {@code 1} or {@code 42#}
   */
  record Exact(String value) implements Matcher {
    /** Rejects null. */
    public Exact {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean matches(String digits) {
      return value.equals(digits);
    }

    @Override
    public boolean canExtend(String digits) {
      return value.length() > digits.length() && value.startsWith(digits);
    }

    @Override
    public String source() {
      return value;
    }
  }

  /**
   * Matches any of several exact values.
   *
   * @param values the accepted digit strings
   */
  record AnyOf(List<String> values) implements Matcher {
    /** Copies the values. */
    public AnyOf {
      values = List.copyOf(values);
    }

    @Override
    public boolean matches(String digits) {
      return values.contains(digits);
    }

    @Override
    public boolean canExtend(String digits) {
      return values.stream().anyMatch(v -> new Exact(v).canExtend(digits));
    }

    @Override
    public String source() {
      return values.toString();
    }
  }

  /**
   * Matches a regular expression against the whole digit string.
   *
   * @param pattern the compiled pattern (written {@code /regex/} in YAML)
   */
  record Regex(Pattern pattern) implements Matcher {
    /** Rejects null. */
    public Regex {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public boolean matches(String digits) {
      return pattern.matcher(digits).matches();
    }

    @Override
    public boolean canExtend(String digits) {
      java.util.regex.Matcher m = pattern.matcher(digits);
      m.matches();
      return m.hitEnd();
    }

    @Override
    public String source() {
      return "/" + pattern.pattern() + "/";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Regex r && r.pattern.pattern().equals(pattern.pattern());
    }

    @Override
    public int hashCode() {
      return pattern.pattern().hashCode();
    }
  }
}
