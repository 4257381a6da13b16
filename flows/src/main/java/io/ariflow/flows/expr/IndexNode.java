package io.ariflow.flows.expr;

import java.util.List;
import java.util.Optional;

/**
 * An access whose key is computed ({@code items[i]}) or that follows a non-variable
 * ({@code (a)[0]}); a key that is text picks a map entry, a whole number picks a list element.
 *
 * @param target the value indexed
 * @param key the key or index expression
 * @param text the access as written, for messages
 * @param position where the access starts
 */
record IndexNode(Node target, Node key, String text, int position) implements Node {

  @Override
  public Object evaluate(Evaluation evaluation) {
    Object container = target.evaluate(evaluation);
    Object index = key.evaluate(evaluation);
    if (!(index instanceof String) && !(index instanceof Long)) {
      throw evaluation.wrongValue(key, index, "an index needs text or a whole number");
    }
    return Values.normalize(ValuePaths.step(container, Values.text(index)));
  }

  @Override
  public void collectReferences(List<VariableRef> into) {
    target.collectReferences(into);
    key.collectReferences(into);
  }

  @Override
  public Optional<String> variable() {
    return target.variable().map(name -> text);
  }
}
