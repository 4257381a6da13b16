package io.ariflow.flows.expr;

import java.util.List;
import java.util.Optional;

/**
 * A variable path with only fixed segments ({@code steps.lookup.body.items[0]}); it is read from the scope
 * in one lookup, and a missing value reads as null.
 *
 * @param path the segments
 * @param text the path as written, for messages
 * @param position where the path starts
 */
record VariableNode(List<String> path, String text, int position) implements Node {

  VariableNode {
    path = List.copyOf(path);
  }

  @Override
  public Object evaluate(Evaluation evaluation) {
    return evaluation.scope().lookup(path).map(Values::normalize).orElse(null);
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    into.add(new VariableRef(path, position));
  }

  @Override
  public Optional<String> variable() {
    return Optional.of(text);
  }
}
