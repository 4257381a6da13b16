package io.ariflow.flows.load.yaml;

/** How YAML resolved a scalar; quoted scalars are always strings. */
public enum ScalarType {
  STRING, INTEGER, DECIMAL, BOOLEAN, NULL
}
