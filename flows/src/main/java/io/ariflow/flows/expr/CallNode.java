package io.ariflow.flows.expr;

import java.util.List;

/**
 * A function call; arguments are evaluated left to right, then handed to the body prepared at parse time.
 *
 * @param function the function called
 * @param body its prepared body
 * @param arguments the argument expressions
 * @param position where the function name is
 */
record CallNode(FunctionDef function, FunctionDef.Body body, List<Node> arguments, int position)
    implements Node {

  CallNode {
    arguments = List.copyOf(arguments);
  }

  @Override
  public Object evaluate(Evaluation evaluation) {
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = arguments.get(i).evaluate(evaluation);
    }
    return Values.normalize(body.apply(new Arguments(function, arguments, values, evaluation)));
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    arguments.forEach(argument -> argument.collectReferences(into));
  }
}
