package io.ariflow.flows.load.decl;

import io.ariflow.flows.load.yaml.YamlNode;

/** The wording shared by every "wrong value" problem, so messages read the same everywhere. */
public final class Messages {

  private Messages() {
  }

  /** {@code 'loops' must be a whole number of at least 1, not the text "x"}. */
  public static String wrong(String field, String expected, YamlNode found) {
    return "'" + field + "' must be " + expected + ", not " + found.describe();
  }

  /** {@code "a play step"}, {@code "an http step"}: the step type with its article. */
  public static String aStep(String type) {
    boolean an = "aeiou".indexOf(type.charAt(0)) >= 0 || type.equals("http");
    return (an ? "an " : "a ") + type + " step";
  }

  /** Quotes a name for a message. */
  public static String quote(String name) {
    return "'" + name + "'";
  }
}
