package io.ariflow.flows.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed expression: immutable and safe to share, parsed once when a flow loads and evaluated many times
 * per call. Build one with {@link Expressions#parse}.
 */
public final class Expression {

  private final String source;
  private final Node root;
  private final Set<VariableRef> references;

  Expression(String source, Node root) {
    this.source = source;
    this.root = root;
    List<VariableRef> found = new ArrayList<>();
    root.collectReferences(found);
    this.references = Collections.unmodifiableSet(new LinkedHashSet<>(found));
  }

  /**
   * The value with the scope's variables: a String, Long, BigDecimal, Boolean, Map, List or null.
   *
   * @throws EvaluationException when a value does not fit an operation (null, wrong type, division by zero)
   */
  public Object evaluate(Scope scope) {
    return root.evaluate(new Evaluation(scope, source));
  }

  /** The value's truthiness (see {@link Values#truthy}): for {@code when} and {@code if} conditions. */
  public boolean test(Scope scope) {
    return Values.truthy(evaluate(scope));
  }

  /** Every variable path read, in source order, with its offset (in the text that was parsed). */
  public Set<VariableRef> references() {
    return references;
  }

  /** The expression's text (for a template part, the text inside its {@code ${}}). */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }
}
