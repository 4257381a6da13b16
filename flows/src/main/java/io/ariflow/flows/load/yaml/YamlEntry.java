package io.ariflow.flows.load.yaml;

import io.ariflow.flows.spec.Location;

/**
 * One key of a mapping with its value. The key is kept as a scalar so a problem inside it (a bad pattern in
 * a menu choice) can point at its exact column.
 *
 * @param keyNode the key as written
 * @param value the value node
 */
public record YamlEntry(YamlScalar keyNode, YamlNode value) {

  /** The key text. */
  public String key() {
    return keyNode.text();
  }

  /** Where the key is written. */
  public Location keyLocation() {
    return keyNode.location();
  }
}
