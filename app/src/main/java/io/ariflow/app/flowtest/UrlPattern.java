package io.ariflow.app.flowtest;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Which URLs an HTTP stub answers: written {@code https://crm.example.com/customers/*} ({@code *} stands
 * for any run of characters, the rest is literal) or {@code /regex/}; either must match the whole URL,
 * query included.
 *
 * @param text the pattern as written
 * @param regex the compiled pattern
 */
public record UrlPattern(String text, Pattern regex) {

  /** Reads a pattern; fails with {@link PatternSyntaxException} when a {@code /regex/} does not compile. */
  public static UrlPattern parse(String text) {
    if (text.length() > 1 && text.startsWith("/") && text.endsWith("/")) {
      return new UrlPattern(text, Pattern.compile(text.substring(1, text.length() - 1)));
    }
    String glob = Arrays.stream(text.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
    return new UrlPattern(text, Pattern.compile(glob));
  }

  /** Whether the whole {@code url} matches. */
  public boolean matches(String url) {
    return regex.matcher(url).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
