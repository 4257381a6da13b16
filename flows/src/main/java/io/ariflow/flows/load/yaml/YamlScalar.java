package io.ariflow.flows.load.yaml;

import io.ariflow.flows.spec.Location;
import java.util.Objects;

/**
 * A scalar with its resolved type and how it was written. {@link #locationAt} points inside the scalar, so
 * an expression error can name the exact column of the offending character.
 *
 * @param text the scalar's value as text (what YAML resolved, without quotes or escapes)
 * @param type how YAML typed it
 * @param location where the scalar starts (the opening quote, for quoted scalars)
 * @param style how it was written
 * @param sourceLine the rest of the source line from the scalar's start, used to map offsets to columns
 */
public record YamlScalar(String text, ScalarType type, Location location, ScalarStyle style, String sourceLine)
    implements YamlNode {

  /** Rejects nulls. */
  public YamlScalar {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(sourceLine, "sourceLine");
  }

  /**
   * Where character {@code index} of {@link #text()} is written: exact when the scalar is plain or quoted
   * on one line, else the scalar's start.
   */
  public Location locationAt(int index) {
    return ScalarColumns.offsetOf(this, index).map(location::shifted).orElse(location);
  }

  @Override
  public String describe() {
    return type == ScalarType.STRING ? "the text \"" + text + "\"" : "the " + type.name().toLowerCase()
        + " " + text;
  }

  @Override
  public Object plain() {
    return ScalarValues.plain(this);
  }
}
