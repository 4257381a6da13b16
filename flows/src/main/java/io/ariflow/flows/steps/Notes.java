package io.ariflow.flows.steps;

import io.ariflow.flows.expr.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Short texts for the timeline, so a call reads at a glance ({@code answered; played hello-world; entered
 * 1234}): media named the way flows write them, values cut to a readable length, long lists shortened.
 */
final class Notes {

  private static final int SHOWN = 3;
  private static final int LONGEST = 40;
  private static final String SOUND = "sound:";

  private Notes() {
  }

  /** {@code hello-world} or {@code welcome, digits:555}; past three items {@code a, b, c +2 more}. */
  static String media(List<String> uris) {
    return shortList(uris.stream().map(uri -> uri.startsWith(SOUND) ? uri.substring(SOUND.length()) : uri)
        .toList());
  }

  /** {@code tier = gold, tries = 2}. */
  static String assignments(Map<String, Object> values) {
    List<String> items = new ArrayList<>(values.size());
    values.forEach((name, value) -> items.add(name + " = " + value(value)));
    return shortList(items);
  }

  /** The text form of {@code value} ({@code null} for null), cut to a readable length. */
  static String value(Object value) {
    String text = value == null ? "null" : Values.text(value);
    return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 3) + "...";
  }

  private static String shortList(List<String> items) {
    String shown = String.join(", ", items.subList(0, Math.min(SHOWN, items.size())));
    return items.size() > SHOWN ? shown + " +" + (items.size() - SHOWN) + " more" : shown;
  }
}
