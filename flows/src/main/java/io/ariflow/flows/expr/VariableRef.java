package io.ariflow.flows.expr;

import java.util.List;
import java.util.Objects;

/**
 * A variable an expression reads, with where it is written, so the validator can report a reference to a
 * variable the flow never defines at its exact place. Index segments appear as their decimal text.
 *
 * @param path the static path, for example {@code [steps, lookup, body, tier]}
 * @param position the 0-based offset of the reference in the parsed text
 */
public record VariableRef(List<String> path, int position) {

  /** Copies the path and rejects an empty one: every reference names at least its root. */
  public VariableRef {
    path = List.copyOf(Objects.requireNonNull(path, "path"));
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a variable path has at least one segment");
    }
  }

  /** The first segment: {@code call}, {@code steps}, {@code args}, {@code chan} or a flow variable. */
  public String root() {
    return path.get(0);
  }

  /** The path joined with dots, as an author would write it, e.g. {@code steps.lookup.body.tier}. */
  public String dotted() {
    return String.join(".", path);
  }

  @Override
  public String toString() {
    return dotted() + "@" + position;
  }
}
