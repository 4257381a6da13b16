package io.ariflow.flows.spec;

import java.util.Arrays;
import java.util.Optional;

/** The media URI schemes ARI plays, as written before the colon in a flow's media list. */
public enum MediaScheme {
  SOUND("sound"),
  RECORDING("recording"),
  DIGITS("digits"),
  NUMBER("number"),
  CHARACTERS("characters"),
  TONE("tone");

  private final String prefix;

  MediaScheme(String prefix) {
    this.prefix = prefix;
  }

  /** The scheme as written in YAML and in ARI media URIs, without the colon. */
  public String prefix() {
    return prefix;
  }

  /** The scheme written {@code prefix}, if it is one ARI knows. */
  public static Optional<MediaScheme> fromPrefix(String prefix) {
    return Arrays.stream(values()).filter(s -> s.prefix.equals(prefix)).findFirst();
  }
}
