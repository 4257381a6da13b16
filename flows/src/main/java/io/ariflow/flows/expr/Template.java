package io.ariflow.flows.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed template: literal text and {@code ${expr}} parts, rendered with each part's
 * {@link Values#text} form. A part that evaluates to null fails (use {@code default(x, '')}), so a missing
 * value never silently turns into an empty media name or URL. Build one with {@link Templates#parse}.
 */
public final class Template {

  /** One piece: literal text, or an expression to interpolate. */
  sealed interface Part permits Literal, Interpolation {
  }

  /** Literal text, escapes already resolved. */
  record Literal(String text) implements Part {
  }

  /** An interpolated expression and the node to blame when it is null. */
  record Interpolation(Expression expression, Node root) implements Part {
  }

  private final String text;
  private final List<Part> parts;
  private final Set<VariableRef> references;

  Template(String text, List<Part> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
    Set<VariableRef> found = new LinkedHashSet<>();
    expressions().forEach(expression -> found.addAll(expression.references()));
    this.references = Collections.unmodifiableSet(found);
  }

  /** The text with every part's value in place; numbers render plainly, lists and maps as JSON. */
  public String render(Scope scope) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        out.append(literal.text());
      } else if (part instanceof Interpolation interpolation) {
        out.append(Values.text(valueOf(interpolation, scope)));
      }
    }
    return out.toString();
  }

  /**
   * The value: for a template that is exactly one {@code ${expr}}, the expression's own value (a number
   * stays a number, a map stays a map); otherwise the rendered text.
   */
  public Object evaluate(Scope scope) {
    if (parts.size() == 1 && parts.get(0) instanceof Interpolation only) {
      return only.expression().evaluate(scope);
    }
    return render(scope);
  }

  /** Whether the template has no {@code ${}} part, so its text is known at load time. */
  public boolean isConstant() {
    return parts.stream().allMatch(Literal.class::isInstance);
  }

  /**
   * The text of a constant template, escapes resolved.
   *
   * @throws IllegalStateException when the template has {@code ${}} parts
   */
  public String constantText() {
    if (!isConstant()) {
      throw new IllegalStateException("template has ${} parts: " + text);
    }
    return parts.isEmpty() ? "" : ((Literal) parts.get(0)).text();
  }

  /** Every variable path read by its parts, with offsets in the whole template text. */
  public Set<VariableRef> references() {
    return references;
  }

  /** The expressions of the {@code ${}} parts, in order. */
  public List<Expression> expressions() {
    List<Expression> expressions = new ArrayList<>();
    parts.forEach(part -> {
      if (part instanceof Interpolation interpolation) {
        expressions.add(interpolation.expression());
      }
    });
    return expressions;
  }

  /** The template as written. */
  public String text() {
    return text;
  }

  private static Object valueOf(Interpolation interpolation, Scope scope) {
    Object value = interpolation.expression().evaluate(scope);
    if (value == null) {
      Evaluation evaluation = new Evaluation(scope, interpolation.expression().source());
      throw evaluation.wrongValue(interpolation.root(), null, "'${}' needs a value to insert");
    }
    return value;
  }

  @Override
  public String toString() {
    return text;
  }
}
