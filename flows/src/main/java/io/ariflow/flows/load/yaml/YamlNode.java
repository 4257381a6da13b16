package io.ariflow.flows.load.yaml;

import io.ariflow.flows.spec.Location;

/** A YAML node with its position: a scalar, a mapping or a sequence. */
public sealed interface YamlNode permits YamlScalar, YamlMap, YamlList {

  /** Where the node starts. */
  Location location();

  /** What kind of value this is, for "expected X, found Y" messages. */
  String describe();

  /** The node as a plain Java value (String, Long, Double, Boolean, null, List, Map), positions dropped. */
  Object plain();
}
