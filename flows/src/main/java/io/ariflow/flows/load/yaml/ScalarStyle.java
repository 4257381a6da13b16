package io.ariflow.flows.load.yaml;

/** How a scalar was written, which decides whether a column inside it can be pointed at exactly. */
public enum ScalarStyle {
  PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, BLOCK
}
