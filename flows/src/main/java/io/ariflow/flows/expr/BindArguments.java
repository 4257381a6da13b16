package io.ariflow.flows.expr;

import java.util.List;
import java.util.Optional;

/**
 * A call's arguments as written, given to a {@link FunctionDef.Binder} at parse time so it can prepare
 * literal arguments (a regular expression, a date pattern) and reject bad ones with a parse error.
 */
public final class BindArguments {

  private final FunctionDef function;
  private final List<Node> nodes;
  private final String source;

  BindArguments(FunctionDef function, List<Node> nodes, String source) {
    this.function = function;
    this.nodes = List.copyOf(nodes);
    this.source = source;
  }

  /** How many arguments the call has. */
  public int size() {
    return nodes.size();
  }

  /** The argument's text when it is written as a quoted literal. */
  public Optional<String> literalText(int index) {
    return nodes.get(index) instanceof LiteralNode literal && literal.value() instanceof String text
        ? Optional.of(text) : Optional.empty();
  }

  /** The argument's text, which must be a quoted literal so it can be checked when the flow loads. */
  public String requireLiteralText(int index, String what) {
    return literalText(index).orElseThrow(() -> fail(index, function.name() + "() needs its " + what
        + " as a quoted literal, so it can be checked when the flow loads: " + function.signature()));
  }

  /** A parse error pointing at argument {@code index}. */
  public ExpressionException fail(int index, String problem) {
    return new ExpressionException(problem, source, nodes.get(index).position());
  }
}
