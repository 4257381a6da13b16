package io.ariflow.flows.load.decl;

import io.ariflow.flows.spec.Location;
import java.util.List;

/**
 * A variable an expression or template reads, located in the file, for the undefined-variable check.
 *
 * @param path the static path ({@code [steps, lookup, body]})
 * @param location where the reference is written
 */
public record VarRead(List<String> path, Location location) {

  /** Copies the path. */
  public VarRead {
    path = List.copyOf(path);
  }

  /** The path joined with dots. */
  public String dotted() {
    return String.join(".", path);
  }
}
