package io.ariflow.flows.expr;

import java.util.List;
import java.util.Optional;

/** A node of a parsed expression tree; each kind evaluates itself, so evaluation needs no switch. */
sealed interface Node permits LiteralNode, VariableNode, IndexNode, NegateNode, NotNode, ArithmeticNode,
    CompareNode, AndNode, OrNode, CallNode {

  /** The 0-based offset where the node starts (for an operator, where the operator is). */
  int position();

  Object evaluate(Evaluation evaluation);

  /** Adds every variable the node reads, in source order. */
  void collectReferences(List<VariableRef> into);

  /** The variable text this node reads directly ({@code tries}, {@code items[i]}), for error messages. */
  default Optional<String> variable() {
    return Optional.empty();
  }
}
