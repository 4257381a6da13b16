package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.command.CallerId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a caller id as declarations write it: {@code Team <500>}, {@code "Team" <500>} or just {@code 500}. */
final class CallerIds {

  private static final Pattern NAMED = Pattern.compile("\\s*\"?([^\"<]*?)\"?\\s*<([^>]*)>\\s*");

  private CallerIds() {
  }

  static CallerId parse(String text) {
    Matcher named = NAMED.matcher(text);
    if (named.matches()) {
      return new CallerId(named.group(1).trim(), named.group(2).trim());
    }
    return new CallerId("", text.trim());
  }
}
