/**
 * YAML read into a small tree that remembers where every node is (file, line, column, quoting), because every
 * problem the loader reports must point at the exact place to fix.
 */
package io.ariflow.flows.load.yaml;
